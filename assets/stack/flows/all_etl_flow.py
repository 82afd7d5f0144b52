"""The stack's one scheduled flow, all-etl: Airbyte syncs, then dbt deps and dbt build.

Register it from the agent's container as the runbook does (ELT Deck's "Register flows" does the same):
    cd ~/flows && python3 all_etl_flow.py
Settings come from the container's environment, which docker-compose fills from the stack's .env.
"""
import os
import shlex
import time
from datetime import timedelta

import prefect
import requests
from prefect import Flow, Parameter, task, unmapped
from prefect.client import Secret
from prefect.engine.signals import FAIL
from prefect.run_configs import LocalRun
from prefect.schedules import Schedule
from prefect.schedules.clocks import CronClock
from prefect.tasks.dbt import DbtShellTask

FLOW_NAME = "all-etl"
AGENT_LABEL = "etl"
DBT_PROJECT_DIR = "/root/dbt"
# Airbyte job states after which a job changes no more.
FINISHED = {"succeeded", "failed", "cancelled"}


def env(name, default=None):
    value = os.environ.get(name, "").strip()
    return value or default


class AirbyteApi:
    """Airbyte's config API with the basic auth its docker-compose proxy asks for (Prefect's Airbyte task sends none)."""

    def __init__(self, host, port):
        self.base = f"http://{host}:{port}/api/v1"
        user = env("AIRBYTE_USERNAME")
        password = Secret("AIRBYTE_PASSWORD").get() if user else None
        self.auth = (user, password) if user else None

    def post(self, path, body):
        response = requests.post(f"{self.base}/{path}", json=body, auth=self.auth, timeout=60)
        if response.status_code == 401:
            # The proxy answers with an HTML page: say what to fix instead of failing to parse it.
            raise FAIL(f"Airbyte refused the credentials at {self.base}: check AIRBYTE_USERNAME and "
                       "PREFECT__CONTEXT__SECRETS__AIRBYTE_PASSWORD in the stack's .env.")
        return response

    def start_or_follow_sync(self, connection_id):
        """The id of the sync job this run waits for: a new one, or the one already running (HTTP 409)."""
        response = self.post("connections/sync", {"connectionId": connection_id})
        if response.status_code == 409:
            jobs = self.post("jobs/list", {"configTypes": ["sync"], "configId": connection_id,
                                           "pagination": {"pageSize": 1, "rowOffset": 0}})
            jobs.raise_for_status()
            return jobs.json()["jobs"][0]["job"]["id"], True
        if response.status_code == 404:
            raise FAIL(f"Airbyte has no connection {connection_id}: check the connection_ids parameter.")
        response.raise_for_status()
        return response.json()["job"]["id"], False

    def job_status(self, job_id):
        response = self.post("jobs/get_light", {"id": job_id})
        response.raise_for_status()
        return response.json()["job"]["status"]


@task(name="airbyte-sync", max_retries=1, retry_delay=timedelta(minutes=2))
def airbyte_sync(connection_id, host, port, poll_seconds):
    """Runs one connection's sync to its end; a sync already running is followed instead of failing."""
    logger = prefect.context.get("logger")
    api = AirbyteApi(host, port)
    job_id, followed = api.start_or_follow_sync(connection_id)
    logger.info("%s Airbyte job %s for connection %s", "Following running" if followed else "Started",
                job_id, connection_id)
    while True:
        status = api.job_status(job_id)
        if status in FINISHED:
            break
        time.sleep(poll_seconds)
    if status != "succeeded":
        raise FAIL(f"Airbyte job {job_id} for connection {connection_id} ended {status}.")
    logger.info("Airbyte job %s succeeded", job_id)
    return job_id


def dbt_command(name):
    # The project's own profiles.yml reads every credential from the container's environment, so
    # nothing is written to disk and the console's dbt runs use the very same profile.
    return DbtShellTask(name=name, profiles_dir=DBT_PROJECT_DIR, overwrite_profiles=False,
                        helper_script=f"cd {DBT_PROJECT_DIR}", return_all=True, log_stderr=True,
                        stream_output=True)


def connection_ids_default():
    return [part.strip() for part in env("AIRBYTE_CONNECTION_IDS", "").split(",") if part.strip()]


@task(name="dbt-build-command")
def build_command(select):
    """dbt build, limited to a selection when one is given (quoted: it ends up in a shell script)."""
    return f"dbt build --select {shlex.quote(select.strip())}" if select.strip() else "dbt build"


def build_flow():
    # A daily default; the console's schedule editor replaces it with the flow group's own schedule.
    schedule = Schedule(clocks=[CronClock("0 6 * * *")])
    with Flow(FLOW_NAME, schedule=schedule, run_config=LocalRun(labels=[AGENT_LABEL])) as flow:
        connection_ids = Parameter("connection_ids", default=connection_ids_default())
        airbyte_host = Parameter("airbyte_host", default=env("AIRBYTE_HOST", "localhost"))
        airbyte_port = Parameter("airbyte_port", default=int(env("AIRBYTE_API_PORT", "8001")))
        poll_seconds = Parameter("poll_seconds", default=15)
        dbt_select = Parameter("dbt_select", default="")

        syncs = airbyte_sync.map(connection_ids, host=unmapped(airbyte_host), port=unmapped(airbyte_port),
                                 poll_seconds=unmapped(poll_seconds))
        deps = dbt_command("dbt-deps")(command="dbt deps", upstream_tasks=[syncs])
        dbt_command("dbt-build")(command=build_command(dbt_select), upstream_tasks=[deps])
    return flow


if __name__ == "__main__":
    build_flow().register(project_name=env("PREFECT_PROJECT", "elt"))
