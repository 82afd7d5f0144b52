package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedRingTest {
    @Test
    void keepsTheNewestUpToItsCapacity() {
        BoundedRing<Integer> ring = new BoundedRing<>(3);

        List<Boolean> pushedOut = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            pushedOut.add(ring.add(i));
        }

        assertThat(pushedOut).containsExactly(false, false, false, true, true);
        assertThat(contents(ring)).containsExactly(3, 4, 5);
    }

    @Test
    void growsPastItsFirstSlotsInOrder() {
        BoundedRing<Integer> ring = new BoundedRing<>(3000);
        for (int i = 0; i < 3500; i++) {
            ring.add(i);
        }

        assertThat(ring.size()).isEqualTo(3000);
        assertThat(ring.get(0)).isEqualTo(500);
        assertThat(ring.get(2999)).isEqualTo(3499);
    }

    @Test
    void removesFromEitherEnd() {
        BoundedRing<Integer> ring = new BoundedRing<>(4);
        for (int i = 1; i <= 6; i++) {
            ring.add(i);
        }

        ring.removeOldest(1);
        assertThat(contents(ring)).containsExactly(4, 5, 6);
        ring.truncate(2);
        assertThat(contents(ring)).containsExactly(4, 5);
        ring.add(7);
        ring.add(8);
        ring.add(9);
        assertThat(contents(ring)).containsExactly(5, 7, 8, 9);

        ring.clear();
        assertThat(ring.size()).isZero();
    }

    @Test
    void refusesWhatItCannotDo() {
        BoundedRing<Integer> ring = new BoundedRing<>(2);
        ring.add(1);

        assertThatThrownBy(() -> ring.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ring.removeOldest(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new BoundedRing<Integer>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> contents(BoundedRing<Integer> ring) {
        List<Integer> contents = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            contents.add(ring.get(i));
        }
        return contents;
    }
}
