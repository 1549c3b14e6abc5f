// Smoke program for the generated Go client (openapi-generator `go`).
//
// One call per tag of openapi.yaml against a running server (Prism in the tests), checking that
// the client hands back typed models. Prints a JSON object of the values it read, keyed by
// operationId and JSON path, which the test compares with the spec's response examples.
//
//	npm run clients                                  # generates clients-out/go
//	cd examples/go && go run . http://127.0.0.1:4010
package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"

	sobotcc "sobot-cc.local/sobotcc"
)


func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "smoke: "+format+"\n", args...)
	os.Exit(1)
}

func check(ok bool, what string) {
	if !ok {
		fail("check failed: %s", what)
	}
}

func uuid4() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		fail("uuid: %v", err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

func main() {
	baseURL := os.Getenv("SOBOT_BASE_URL")
	if len(os.Args) > 1 {
		baseURL = os.Args[1]
	}
	if baseURL == "" {
		baseURL = "http://127.0.0.1:4010"
	}
	token := os.Getenv("SOBOT_TOKEN")
	if token == "" {
		token = "smoke-token"
	}

	cfg := sobotcc.NewConfiguration()
	cfg.Servers = sobotcc.ServerConfigurations{{URL: baseURL}}
	client := sobotcc.NewAPIClient(cfg)
	// The token goes in the Authorization header, bare (no "Bearer").
	ctx := context.WithValue(context.Background(), sobotcc.ContextAPIKeys, map[string]sobotcc.APIKey{"SobotToken": {Key: token}})
	out := map[string]map[string]any{}

	// Authentication
	tok, _, err := client.AuthenticationAPI.CreateCompanyToken(ctx).
		CompanyTokenRequest(*sobotcc.NewCompanyTokenRequest("token", "1c0e4c1c9c8d4f9b", 1663986420000, "7c4a8d09ca3762af61e59520943dc264")).Execute()
	check(err == nil, fmt.Sprintf("createCompanyToken: %v", err))
	check(tok.AccessToken != nil && *tok.AccessToken != "", "access_token")
	out["createCompanyToken"] = map[string]any{"access_token": *tok.AccessToken}

	// Agents
	agent, _, err := client.AgentsAPI.GetAgentSetting(ctx).Agent("1111").AgentType(sobotcc.AGENTTYPE_WORK_NO).Execute()
	check(err == nil, fmt.Sprintf("getAgentSetting: %v", err))
	check(agent.Status == "Success", "getAgentSetting status")
	check(agent.Data.WrapUpType != nil && agent.Data.WrapUpType.IsValid(), "wrapUpType is a valid WrapUpType")
	var wrapUpType sobotcc.WrapUpType = *agent.Data.WrapUpType
	var wrapUpTime int32 = *agent.Data.WrapUpTime
	out["getAgentSetting"] = map[string]any{"data.agentUUID": agent.Data.AgentUUID, "data.wrapUpType": int32(wrapUpType), "data.wrapUpTime": wrapUpTime}

	// Skill groups
	page := sobotcc.NewPageRequest()
	page.SetCurrPage(1)
	page.SetPageSize(50)
	groups, _, err := client.SkillGroupsAPI.SearchSkillGroups(ctx).PageRequest(*page).Execute()
	check(err == nil, fmt.Sprintf("searchSkillGroups: %v", err))
	check(groups.Status == "Success" && len(groups.Data.List) > 0, "searchSkillGroups has items")
	var firstGroup sobotcc.SkillGroupSummary = groups.Data.List[0]
	out["searchSkillGroups"] = map[string]any{"data.total": groups.Data.Total, "data.list.0.queueID": firstGroup.QueueID}

	// Extensions
	extReq := sobotcc.NewSearchExtensionsRequest()
	extReq.SetBindStatus(sobotcc.BINDSTATUS_BOUND)
	extReq.SetCurrPage(1)
	extReq.SetPageSize(3)
	exts, _, err := client.ExtensionsAPI.SearchExtensions(ctx).SearchExtensionsRequest(*extReq).Execute()
	check(err == nil, fmt.Sprintf("searchExtensions: %v", err))
	var ext sobotcc.Extension = exts.Data.List[0]
	check(ext.BindStatus.IsValid(), "bindStatus is a valid BindStatus")
	var bindTime int64 = *ext.BindTime
	out["searchExtensions"] = map[string]any{"data.list.0.ext": ext.Ext, "data.list.0.bindTime": bindTime}

	// Numbers
	numReq := sobotcc.NewSearchRelayNumbersRequest()
	numReq.SetEnabled([]sobotcc.RelayNumberStatus{sobotcc.RELAYNUMBERSTATUS_ENABLED})
	numbers, _, err := client.NumbersAPI.SearchRelayNumbers(ctx).SearchRelayNumbersRequest(*numReq).Execute()
	check(err == nil, fmt.Sprintf("searchRelayNumbers: %v", err))
	var number sobotcc.RelayNumber = numbers.Data[0]
	check(number.Enabled != nil && number.Enabled.EnabledCode != nil && number.Enabled.EnabledCode.IsValid(), "enabledCode is a valid RelayNumberStatus")
	out["searchRelayNumbers"] = map[string]any{"data.0.gatewayNumber": *number.GatewayNumber, "data.0.enabled.enabledCode": int32(*number.Enabled.EnabledCode)}

	// Outbound tasks
	tasks, _, err := client.OutboundTasksAPI.SearchOutboundTasks(ctx).IdempotencyKey(uuid4()).
		SearchOutboundTasksRequest(*sobotcc.NewSearchOutboundTasksRequest(50, 1)).Execute()
	check(err == nil, fmt.Sprintf("searchOutboundTasks: %v", err))
	var task sobotcc.OutboundTask = tasks.Data.List[0]
	var creationTime int64 = task.CreationTime
	out["searchOutboundTasks"] = map[string]any{"data.totalCount": tasks.Data.TotalCount, "data.list.0.code": task.Code, "data.list.0.creationTime": creationTime}

	// Contact plans
	planReq := sobotcc.NewCreateContactPlansRequest("smoke-plan", 1661911780000, 1662998180000, []string{"18189672221"}, "5001", "5002")
	planReq.SetAgentType(sobotcc.AGENTTYPECODEORNULL_WORK_NO)
	plans, _, err := client.ContactPlansAPI.CreateContactPlans(ctx).CreateContactPlansRequest(*planReq).Execute()
	check(err == nil, fmt.Sprintf("createContactPlans: %v", err))
	var planIDs []string = plans.Data
	out["createContactPlans"] = map[string]any{"data.0": planIDs[0]}

	// IVR flows
	ivrReq := sobotcc.NewSearchIvrFlowsRequest()
	ivrReq.SetCurrPage(1)
	ivrReq.SetPageSize(10)
	flows, _, err := client.IVRFlowsAPI.SearchPublishedIvrFlows(ctx).SearchIvrFlowsRequest(*ivrReq).Execute()
	check(err == nil, fmt.Sprintf("searchPublishedIvrFlows: %v", err))
	var flow sobotcc.IvrFlow = flows.Data.List[0]
	out["searchPublishedIvrFlows"] = map[string]any{"data.total": flows.Data.Total, "data.list.0.name": flow.Name}

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		fail("encode: %v", err)
	}
}
