"""The stack's scheduled flow: every Airbyte connection, then dbt. Registering it is `python3 all_etl_flow.py`
in the agent container (there, a stand-in python3 sends the mutations flow.register() sends)."""
from prefect import Flow, Parameter
from prefect.run_configs import LocalRun
from prefect.tasks.airbyte.airbyte import AirbyteConnectionTask
from prefect.tasks.dbt.dbt import DbtShellTask

sync = AirbyteConnectionTask(airbyte_server_host="airbyte-server", airbyte_server_port=8001)
dbt = DbtShellTask(profiles_dir="/root/dbt", helper_script="cd /root/dbt", return_all=True)

with Flow("all-etl", run_config=LocalRun(labels=["etl"])) as flow:
    connection_ids = Parameter("connection_ids", default=[])
    dbt_command = Parameter("dbt_command", default="dbt build")
    synced = sync.map(connection_id=connection_ids)
    dbt(command=dbt_command, upstream_tasks=[synced])

if __name__ == "__main__":
    flow.register(project_name="elt")
