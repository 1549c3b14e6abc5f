"""Smoke program for the generated Python client (openapi-generator `python`).

One call per tag of openapi.yaml against a running server (Prism in the tests), checking that
the client hands back typed models. Prints a JSON object of the values it read, keyed by
operationId and JSON path, which the test compares with the spec's response examples.

    npm run clients                                   # generates clients-out/python
    PYTHONPATH=clients-out/python python examples/python/smoke.py http://127.0.0.1:4010
"""

import json
import os
import sys
import uuid

import sobot_cc_client as sc


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def envelope_ok(env, model):
    check(isinstance(env, model), f"expected {model.__name__}, got {type(env).__name__}")
    check(env.status == "Success", f"{model.__name__}.status is {env.status!r}")
    return env


def main():
    base_url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SOBOT_BASE_URL", "http://127.0.0.1:4010")
    config = sc.Configuration(host=base_url)
    config.api_key["SobotToken"] = os.environ.get("SOBOT_TOKEN", "smoke-token")  # sent bare, no "Bearer"
    out = {}

    with sc.ApiClient(config) as client:
        # Authentication
        token = sc.AuthenticationApi(client).create_company_token(
            sc.CompanyTokenRequest(response_type="token", app_id="1c0e4c1c9c8d4f9b", current_time=1663986420000, sign="7c4a8d09ca3762af61e59520943dc264")
        )
        check(isinstance(token, sc.CompanyTokenResponse), "CompanyTokenResponse")
        check(isinstance(token.access_token, str) and token.access_token, "access_token")
        out["createCompanyToken"] = {"access_token": token.access_token}

        # Agents
        agent = envelope_ok(sc.AgentsApi(client).get_agent_setting(agent="1111", agent_type=sc.AgentType.WORK_NO), sc.AgentSettingEnvelope)
        check(isinstance(agent.data, sc.AgentSetting), "AgentSetting")
        check(isinstance(agent.data.wrap_up_type, sc.WrapUpType), "wrapUpType is a WrapUpType")
        check(isinstance(agent.data.wrap_up_time, int), "wrapUpTime is an int")
        out["getAgentSetting"] = {
            "data.agentUUID": agent.data.agent_uuid,
            "data.wrapUpType": agent.data.wrap_up_type.value,
            "data.wrapUpTime": agent.data.wrap_up_time,
        }

        # Skill groups
        groups = envelope_ok(sc.SkillGroupsApi(client).search_skill_groups(page_request=sc.PageRequest(curr_page=1, page_size=50)), sc.SkillGroupPageEnvelope)
        check(all(isinstance(g, sc.SkillGroupSummary) for g in groups.data.list), "SkillGroupSummary items")
        out["searchSkillGroups"] = {"data.total": groups.data.total, "data.list.0.queueID": groups.data.list[0].queue_id}

        # Extensions
        exts = envelope_ok(
            sc.ExtensionsApi(client).search_extensions(search_extensions_request=sc.SearchExtensionsRequest(bind_status=sc.BindStatus(1), curr_page=1, page_size=3)),
            sc.ExtensionPageEnvelope,
        )
        first = exts.data.list[0]
        check(isinstance(first, sc.Extension) and isinstance(first.bind_status, sc.BindStatus), "Extension with a BindStatus")
        out["searchExtensions"] = {"data.list.0.ext": first.ext, "data.list.0.bindTime": first.bind_time}

        # Numbers
        numbers = envelope_ok(
            sc.NumbersApi(client).search_relay_numbers(search_relay_numbers_request=sc.SearchRelayNumbersRequest(enabled=[sc.RelayNumberStatus(1)])),
            sc.RelayNumberListEnvelope,
        )
        check(isinstance(numbers.data[0].enabled.enabled_code, sc.RelayNumberStatus), "enabledCode is a RelayNumberStatus")
        out["searchRelayNumbers"] = {
            "data.0.gatewayNumber": numbers.data[0].gateway_number,
            "data.0.enabled.enabledCode": numbers.data[0].enabled.enabled_code.value,
        }

        # Outbound tasks
        tasks = envelope_ok(
            sc.OutboundTasksApi(client).search_outbound_tasks(
                idempotency_key=uuid.uuid4(), search_outbound_tasks_request=sc.SearchOutboundTasksRequest(page_size=50, curr_page=1)
            ),
            sc.OutboundTaskPageEnvelope,
        )
        check(isinstance(tasks.data.list[0], sc.OutboundTask), "OutboundTask items")
        out["searchOutboundTasks"] = {"data.totalCount": tasks.data.total_count, "data.list.0.code": tasks.data.list[0].code, "data.list.0.creationTime": tasks.data.list[0].creation_time}

        # Contact plans
        plans = envelope_ok(
            sc.ContactPlansApi(client).create_contact_plans(
                sc.CreateContactPlansRequest(
                    name="smoke-plan",
                    schedule_start_time=1661911780000,
                    schedule_end_time=1662998180000,
                    executor_id="5001",
                    agent_id="5002",
                    agent_type=sc.AgentTypeCodeOrNull.WORK_NO,
                    customer_phone_number_list=["18189672221"],
                )
            ),
            sc.ContactPlanIdsEnvelope,
        )
        check(all(isinstance(i, str) for i in plans.data), "contact plan ids are strings")
        out["createContactPlans"] = {"data.0": plans.data[0]}

        # IVR flows
        flows = envelope_ok(sc.IVRFlowsApi(client).search_published_ivr_flows(search_ivr_flows_request=sc.SearchIvrFlowsRequest(curr_page=1, page_size=10)), sc.IvrFlowPageEnvelope)
        check(isinstance(flows.data.list[0], sc.IvrFlow), "IvrFlow items")
        out["searchPublishedIvrFlows"] = {"data.total": flows.data.total, "data.list.0.name": flows.data.list[0].name}

    print(json.dumps(out))


if __name__ == "__main__":
    main()
