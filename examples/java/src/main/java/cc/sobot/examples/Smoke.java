package cc.sobot.examples;

import cc.sobot.client.ApiClient;
import cc.sobot.client.api.AgentsApi;
import cc.sobot.client.api.AuthenticationApi;
import cc.sobot.client.api.ContactPlansApi;
import cc.sobot.client.api.ExtensionsApi;
import cc.sobot.client.api.IvrFlowsApi;
import cc.sobot.client.api.NumbersApi;
import cc.sobot.client.api.OutboundTasksApi;
import cc.sobot.client.api.SkillGroupsApi;
import cc.sobot.client.model.AgentSettingEnvelope;
import cc.sobot.client.model.AgentType;
import cc.sobot.client.model.AgentTypeCodeOrNull;
import cc.sobot.client.model.BindStatus;
import cc.sobot.client.model.CompanyTokenRequest;
import cc.sobot.client.model.CompanyTokenResponse;
import cc.sobot.client.model.ContactPlanIdsEnvelope;
import cc.sobot.client.model.CreateContactPlansRequest;
import cc.sobot.client.model.Extension;
import cc.sobot.client.model.ExtensionPageEnvelope;
import cc.sobot.client.model.IvrFlow;
import cc.sobot.client.model.IvrFlowPageEnvelope;
import cc.sobot.client.model.OutboundTask;
import cc.sobot.client.model.OutboundTaskPageEnvelope;
import cc.sobot.client.model.PageRequest;
import cc.sobot.client.model.RelayNumber;
import cc.sobot.client.model.RelayNumberListEnvelope;
import cc.sobot.client.model.RelayNumberStatus;
import cc.sobot.client.model.SearchExtensionsRequest;
import cc.sobot.client.model.SearchIvrFlowsRequest;
import cc.sobot.client.model.SearchOutboundTasksRequest;
import cc.sobot.client.model.SearchRelayNumbersRequest;
import cc.sobot.client.model.SkillGroupPageEnvelope;
import cc.sobot.client.model.SkillGroupSummary;
import cc.sobot.client.model.WrapUpType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Smoke program for the generated Java client (openapi-generator {@code java}, library {@code native}).
 *
 * <p>One call per tag of openapi.yaml against a running server (Prism in the tests), checking that
 * the client hands back typed models. Prints a JSON object of the values it read, keyed by
 * operationId and JSON path, which the test compares with the spec's response examples.
 */
public final class Smoke {
  private Smoke() {}

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("check failed: " + what);
    }
  }

  static void success(String status, String operation) {
    check("Success".equals(status), operation + " status is " + status);
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args.length > 0 ? args[0] : System.getenv().getOrDefault("SOBOT_BASE_URL", "http://127.0.0.1:4010");
    String token = System.getenv().getOrDefault("SOBOT_TOKEN", "smoke-token");

    ApiClient client = new ApiClient();
    client.updateBaseUri(baseUrl);
    // The `native` library does not apply security schemes: send the token (bare, no "Bearer") ourselves.
    client.setRequestInterceptor(request -> request.header("Authorization", token));
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();

    // Authentication
    CompanyTokenResponse tok = new AuthenticationApi(client).createCompanyToken(new CompanyTokenRequest()
        .responseType(CompanyTokenRequest.ResponseTypeEnum.TOKEN)
        .appId("1c0e4c1c9c8d4f9b")
        .currentTime(1663986420000L)
        .sign("7c4a8d09ca3762af61e59520943dc264"));
    check(tok.getAccessToken() != null && !tok.getAccessToken().isEmpty(), "access_token");
    out.put("createCompanyToken", Map.of("access_token", tok.getAccessToken()));

    // Agents
    AgentSettingEnvelope agent = new AgentsApi(client).getAgentSetting("1111", AgentType.WORK_NO, null);
    success(agent.getStatus(), "getAgentSetting");
    WrapUpType wrapUpType = agent.getData().getWrapUpType();
    Integer wrapUpTime = agent.getData().getWrapUpTime();
    check(wrapUpType != null, "wrapUpType is a WrapUpType");
    out.put("getAgentSetting", Map.of("data.agentUUID", agent.getData().getAgentUUID(), "data.wrapUpType", wrapUpType.getValue(), "data.wrapUpTime", wrapUpTime));

    // Skill groups
    SkillGroupPageEnvelope groups = new SkillGroupsApi(client).searchSkillGroups(null, new PageRequest().currPage(1).pageSize(50));
    success(groups.getStatus(), "searchSkillGroups");
    SkillGroupSummary group = groups.getData().getList().get(0);
    out.put("searchSkillGroups", Map.of("data.total", groups.getData().getTotal(), "data.list.0.queueID", group.getQueueID()));

    // Extensions
    ExtensionPageEnvelope exts = new ExtensionsApi(client).searchExtensions(null, new SearchExtensionsRequest().bindStatus(BindStatus.BOUND).currPage(1).pageSize(3));
    success(exts.getStatus(), "searchExtensions");
    Extension ext = exts.getData().getList().get(0);
    check(ext.getBindStatus() instanceof BindStatus, "bindStatus is a BindStatus");
    Long bindTime = ext.getBindTime();
    out.put("searchExtensions", Map.of("data.list.0.ext", ext.getExt(), "data.list.0.bindTime", bindTime));

    // Numbers
    RelayNumberListEnvelope numbers = new NumbersApi(client).searchRelayNumbers(null, null, new SearchRelayNumbersRequest().enabled(Set.of(RelayNumberStatus.ENABLED)));
    success(numbers.getStatus(), "searchRelayNumbers");
    RelayNumber number = numbers.getData().get(0);
    RelayNumberStatus enabledCode = number.getEnabled().getEnabledCode();
    out.put("searchRelayNumbers", Map.of("data.0.gatewayNumber", number.getGatewayNumber(), "data.0.enabled.enabledCode", enabledCode.getValue()));

    // Outbound tasks
    OutboundTaskPageEnvelope tasks = new OutboundTasksApi(client).searchOutboundTasks(UUID.randomUUID(), new SearchOutboundTasksRequest().pageSize(50).currPage(1));
    success(tasks.getStatus(), "searchOutboundTasks");
    OutboundTask task = tasks.getData().getList().get(0);
    Long creationTime = task.getCreationTime();
    out.put("searchOutboundTasks", Map.of("data.totalCount", tasks.getData().getTotalCount(), "data.list.0.code", task.getCode(), "data.list.0.creationTime", creationTime));

    // Contact plans
    ContactPlanIdsEnvelope plans = new ContactPlansApi(client).createContactPlans(new CreateContactPlansRequest()
        .name("smoke-plan")
        .scheduleStartTime(1661911780000L)
        .scheduleEndTime(1662998180000L)
        .executorId("5001")
        .agentID("5002")
        .agentType(AgentTypeCodeOrNull.WORK_NO)
        .customerPhoneNumberList(List.of("18189672221")), null);
    success(plans.getStatus(), "createContactPlans");
    List<String> planIds = plans.getData();
    out.put("createContactPlans", Map.of("data.0", planIds.get(0)));

    // IVR flows
    IvrFlowPageEnvelope flows = new IvrFlowsApi(client).searchPublishedIvrFlows(new SearchIvrFlowsRequest().currPage(1).pageSize(10));
    success(flows.getStatus(), "searchPublishedIvrFlows");
    IvrFlow flow = flows.getData().getList().get(0);
    out.put("searchPublishedIvrFlows", Map.of("data.total", flows.getData().getTotal(), "data.list.0.name", flow.getName()));

    System.out.println(new ObjectMapper().writeValueAsString(out));
  }
}
