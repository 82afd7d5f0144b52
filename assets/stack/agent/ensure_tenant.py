"""Prepares a fresh Prefect Server for the agent and the flows, then exits 0.

A server not started by `prefect server start` has no tenant, and without one the agent cannot
register and flows cannot be registered. This creates the tenant `default` and the flows' project
once the API answers; when they exist already it changes nothing.
"""
import os
import sys
import time

from prefect import Client

API_WAIT_SECONDS = 600
RETRY_SECONDS = 5

TENANTS = "query { tenant { id } }"
PROJECTS = "query($name: String) { project(where: {name: {_eq: $name}}) { id } }"


def wait_for_api(client):
    """The tenants, once Apollo answers; Apollo opens its port only after hasura and graphql are up."""
    deadline = time.monotonic() + API_WAIT_SECONDS
    while True:
        try:
            return client.graphql(TENANTS).data.tenant
        except Exception as error:  # connection refused, 502 while the schema builds, ...
            if time.monotonic() > deadline:
                sys.exit(f"The Prefect API did not answer within {API_WAIT_SECONDS} s: {error}")
            print(f"Waiting for the Prefect API: {error}", flush=True)
            time.sleep(RETRY_SECONDS)


def main():
    project = os.environ.get("PREFECT_PROJECT", "").strip()
    if not project:
        sys.exit("PREFECT_PROJECT is empty: set it in the .env to the project the flows register into.")
    client = Client()
    if wait_for_api(client):
        print("The tenant exists already.", flush=True)
    else:
        client.create_tenant(name="default", slug="default")
        print("Created the tenant 'default'.", flush=True)
    if client.graphql(PROJECTS, variables={"name": project}).data.project:
        print(f"The project '{project}' exists already.", flush=True)
    else:
        client.create_project(project_name=project)
        print(f"Created the project '{project}'.", flush=True)


if __name__ == "__main__":
    main()
