package eltdeck.ui;

/** The view models of one profile's tabs, built together by {@link ProfileTabsFactory}. */
record ProfileTabs(DeployViewModel deploy, ContainersViewModel containers, EnvEditorViewModel env, PrefectEndpoint prefect,
                   FlowsViewModel flows, RunsViewModel runs, AirbyteViewModel airbyte, DbtViewModel dbt) {
}
