package eltdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.TunnelSpec;
import eltdeck.tunnel.TunnelStatus.Kind;
import eltdeck.tunnel.TunnelStatus;
import org.junit.jupiter.api.Test;

class TunnelRowTest {
    private static final TunnelSpec UI = new TunnelSpec("Prefect UI", 8080, 8080);
    private static final TunnelSpec API = new TunnelSpec("Prefect API", 4200, 4200);

    private static TunnelStatus status(TunnelSpec spec, int local, Kind kind, String holder) {
        return new TunnelStatus(spec, local, kind, 12.34, 1024, 5 * 1024 * 1024, 0, 0, 0, holder);
    }

    @Test
    void beforeConnectingShowsTheProfilesPortAndNoFigures() {
        TunnelRow row = new TunnelRow(UI);

        assertThat(row.statusProperty().get()).isEqualTo("Not connected");
        assertThat(row.kindProperty().get()).isNull();
        assertThat(row.localPortProperty().get()).isEqualTo(8080);
        assertThat(row.latencyProperty().get()).isEqualTo("—");
        assertThat(row.browserUrl()).isEqualTo("http://localhost:8080/");
        assertThat(TunnelRow.styleClass(null)).isEqualTo("tunnel-idle");
    }

    @Test
    void upShowsLatencyAndBytesInTheirOwnColumns() {
        TunnelRow row = new TunnelRow(UI);

        row.show(status(UI, 8080, Kind.UP, null), 0);

        assertThat(row.statusProperty().get()).isEqualTo("Up");
        assertThat(row.isUp()).isTrue();
        assertThat(row.latencyProperty().get()).isEqualTo("12.3 ms");
        assertThat(row.bytesInProperty().get()).isEqualTo("1.0 KiB");
        assertThat(row.bytesOutProperty().get()).isEqualTo("5.0 MiB");
        assertThat(TunnelRow.styleClass(Kind.UP)).isEqualTo("tunnel-up");
    }

    @Test
    void otherStatesUseTheSupervisorsWordsAndHideLatency() {
        TunnelRow row = new TunnelRow(UI);

        row.show(status(UI, 8080, Kind.REMOTE_PORT_CLOSED, null), 0);

        assertThat(row.statusProperty().get()).isEqualTo("Remote port closed: nothing listens on port 8080 on the VM");
        assertThat(row.summaryProperty().get()).as("one line in the table; the rest in its tooltip").isEqualTo("Remote port closed");
        assertThat(row.latencyProperty().get()).isEqualTo("—");
        assertThat(TunnelRow.styleClass(Kind.REMOTE_PORT_CLOSED)).isEqualTo("tunnel-remote-port-closed");
    }

    @Test
    void aLinkInDoubtSaysSoAndBlamesNoPort() {
        TunnelRow row = new TunnelRow(UI);

        row.show(status(UI, 8080, Kind.CHECKING, null), 0);

        assertThat(row.statusProperty().get()).isEqualTo("Link not answering, checking…");
        assertThat(row.isUp()).isFalse();
        assertThat(TunnelRow.styleClass(Kind.CHECKING)).isEqualTo("tunnel-checking");
    }

    @Test
    void aBusyPortNamesItsHolderAndOffersTheFreePort() {
        TunnelRow row = new TunnelRow(UI);
        TunnelStatus busy = status(UI, 8080, Kind.LOCAL_PORT_BUSY, "python3 (pid 4711)");

        row.show(busy, 8081);

        assertThat(TunnelRow.mayMove(busy)).isTrue();
        assertThat(row.statusProperty().get()).isEqualTo("Local port busy: 8080 is held by python3 (pid 4711)");
        assertThat(row.summaryProperty().get()).isEqualTo("Local port busy");
        assertThat(row.suggestedPortProperty().get()).isEqualTo(8081);
        assertThat(row.adviceProperty().get()).isEmpty();
    }

    @Test
    void theBusyPrefectApiPortIsNeverMovedButExplained() {
        TunnelRow row = new TunnelRow(API);
        TunnelStatus busy = status(API, 4200, Kind.LOCAL_PORT_BUSY, "java (pid 1)");

        row.show(busy, 4202);

        assertThat(TunnelRow.mayMove(busy)).isFalse();
        assertThat(row.suggestedPortProperty().get()).isZero();
        assertThat(row.adviceProperty().get()).contains("must keep 4200").contains("calls localhost:4200 itself");
    }

    @Test
    void aMovedPortShowsInTheRowAndTheUrl() {
        TunnelRow row = new TunnelRow(UI);

        row.show(status(UI, 8081, Kind.UP, null), 0);

        assertThat(row.localPortProperty().get()).isEqualTo(8081);
        assertThat(row.browserUrl()).isEqualTo("http://localhost:8081/");
        assertThat(row.suggestedPortProperty().get()).isZero();
    }

    @Test
    void stoppedIsRecognisedForTheStartStopToggle() {
        TunnelRow row = new TunnelRow(UI);

        row.show(status(UI, 8080, Kind.STOPPED, null), 0);

        assertThat(row.isStopped()).isTrue();
        assertThat(row.statusProperty().get()).isEqualTo("Stopped");
    }
}
