// Generated from openapi.yaml by `npm run generate`. Do not edit.
// The operation table without its texts, for the SDK core (see operations.ts for the full one).
import type { OperationMeta } from "./operations.js";

export type RuntimeOperationMeta = Omit<OperationMeta, "summary" | "description">;

/** Fails to compile when a row does not fit RuntimeOperationMeta. */
type Rows<T extends Readonly<Record<string, RuntimeOperationMeta>>> = T;

/** The table's type: every row as `as const` infers it. */
export type RuntimeOperations = Rows<{
  readonly createCompanyToken: {
    readonly operationId: "createCompanyToken";
    readonly method: "post";
    readonly path: "/tokens/company";
    readonly tag: "Authentication";
    readonly sdkMethod: "createToken";
    readonly security: false;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly getAgentSetting: {
    readonly operationId: "getAgentSetting";
    readonly method: "get";
    readonly path: "/callservice/v6/cc-config/api/agents";
    readonly tag: "Agents";
    readonly sdkMethod: "get";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
      {
        readonly name: "agent";
        readonly in: "query";
        readonly required: true;
      },
      {
        readonly name: "agentType";
        readonly in: "query";
        readonly required: true;
      },
    ];
    readonly requestBody: null;
  };
  readonly updateAgentSetting: {
    readonly operationId: "updateAgentSetting";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/agents";
    readonly tag: "Agents";
    readonly sdkMethod: "update";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly unbindAgentSetting: {
    readonly operationId: "unbindAgentSetting";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/agents/unbind";
    readonly tag: "Agents";
    readonly sdkMethod: "unbind";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly searchCallAgents: {
    readonly operationId: "searchCallAgents";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/agents/call/_search";
    readonly tag: "Agents";
    readonly sdkMethod: "list";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: {
      readonly shape: "none";
    };
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: false;
      readonly kind: "object";
    };
  };
  readonly searchSkillGroups: {
    readonly operationId: "searchSkillGroups";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/queues/_search";
    readonly tag: "Skill groups";
    readonly sdkMethod: "list";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: {
      readonly shape: "total";
      readonly pageParam: "currPage";
      readonly sizeParam: "pageSize";
      readonly itemsField: "list";
      readonly defaultPageSize: 10;
    };
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: false;
      readonly kind: "object";
    };
  };
  readonly createSkillGroup: {
    readonly operationId: "createSkillGroup";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/queue";
    readonly tag: "Skill groups";
    readonly sdkMethod: "create";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
      {
        readonly name: "language";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly deleteSkillGroup: {
    readonly operationId: "deleteSkillGroup";
    readonly method: "delete";
    readonly path: "/callservice/v6/cc-config/api/queue";
    readonly tag: "Skill groups";
    readonly sdkMethod: "delete";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
      {
        readonly name: "language";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly searchSkillGroupMembers: {
    readonly operationId: "searchSkillGroupMembers";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/queue/agents/search";
    readonly tag: "Skill groups";
    readonly sdkMethod: "listMembers";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: {
      readonly shape: "none";
    };
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
      {
        readonly name: "language";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: false;
      readonly kind: "object";
    };
  };
  readonly updateSkillGroupMembers: {
    readonly operationId: "updateSkillGroupMembers";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/queue/agents";
    readonly tag: "Skill groups";
    readonly sdkMethod: "updateMembers";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
      {
        readonly name: "language";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly searchExtensions: {
    readonly operationId: "searchExtensions";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/exts/_search";
    readonly tag: "Extensions";
    readonly sdkMethod: "list";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: {
      readonly shape: "total";
      readonly pageParam: "currPage";
      readonly sizeParam: "pageSize";
      readonly itemsField: "list";
      readonly defaultPageSize: 10;
    };
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: false;
      readonly kind: "object";
    };
  };
  readonly createExtension: {
    readonly operationId: "createExtension";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/exts/_add";
    readonly tag: "Extensions";
    readonly sdkMethod: "create";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly importForbiddenNumbers: {
    readonly operationId: "importForbiddenNumbers";
    readonly method: "put";
    readonly path: "/callservice/v6/cc-config/blacklist/batch";
    readonly tag: "Numbers";
    readonly sdkMethod: "importForbidden";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: {
      readonly itemsPointer: "";
      readonly maxItems: 500;
      readonly maxItemsSource: "default";
    };
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "array";
    };
  };
  readonly searchRelayNumbers: {
    readonly operationId: "searchRelayNumbers";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-config/api/gatewayNumber/search";
    readonly tag: "Numbers";
    readonly sdkMethod: "listRelay";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: {
      readonly shape: "none";
    };
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
      {
        readonly name: "language";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: false;
      readonly kind: "object";
    };
  };
  readonly createOutboundTask: {
    readonly operationId: "createOutboundTask";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-outbound/api/campaigns";
    readonly tag: "Outbound tasks";
    readonly sdkMethod: "create";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: true;
    readonly paging: null;
    readonly batch: null;
    readonly fieldRules: readonly [
      {
        readonly rule: "scheduleEndAfterStart";
        readonly kind: "endAfterStart";
        readonly start: "scheduleStartTime";
        readonly end: "scheduleEndTime";
      },
    ];
    readonly parameters: readonly [
      {
        readonly name: "Idempotency-Key";
        readonly in: "header";
        readonly required: true;
      },
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly importCallingList: {
    readonly operationId: "importCallingList";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-exports/api/campaigns/_import";
    readonly tag: "Outbound tasks";
    readonly sdkMethod: "importCallingList";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: true;
    readonly paging: null;
    readonly batch: {
      readonly itemsPointer: "/dataDetails";
      readonly maxItems: 500;
      readonly maxItemsSource: "default";
      readonly resultOperation: "getCallingListImportResults";
    };
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "Idempotency-Key";
        readonly in: "header";
        readonly required: true;
      },
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly getCallingListImportResults: {
    readonly operationId: "getCallingListImportResults";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-outbound/api/campaigns/calling-list/import-result";
    readonly tag: "Outbound tasks";
    readonly sdkMethod: "getImportResults";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: true;
    readonly paging: {
      readonly shape: "totalCount";
      readonly pageParam: "currPage";
      readonly sizeParam: "pageSize";
      readonly itemsField: "list";
      readonly defaultPageSize: 50;
    };
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [
      {
        readonly name: "Idempotency-Key";
        readonly in: "header";
        readonly required: true;
      },
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly searchOutboundTasks: {
    readonly operationId: "searchOutboundTasks";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-outbound/api/campaigns/getList";
    readonly tag: "Outbound tasks";
    readonly sdkMethod: "list";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: true;
    readonly paging: {
      readonly shape: "totalCount";
      readonly pageParam: "currPage";
      readonly sizeParam: "pageSize";
      readonly itemsField: "list";
      readonly defaultPageSize: 50;
    };
    readonly batch: null;
    readonly fieldRules: readonly [
      {
        readonly rule: "creationTimeEndNotBeforeStart";
        readonly kind: "endAfterStart";
        readonly start: "creationTimeStart";
        readonly end: "creationTimeEnd";
        readonly allowEqual: true;
      },
      {
        readonly rule: "creationTimeSpanMax12Months";
        readonly kind: "maxSpanMonths";
        readonly start: "creationTimeStart";
        readonly end: "creationTimeEnd";
        readonly months: 12;
      },
    ];
    readonly parameters: readonly [
      {
        readonly name: "Idempotency-Key";
        readonly in: "header";
        readonly required: true;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly createContactPlans: {
    readonly operationId: "createContactPlans";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-console/contact-schedules/_batchAddInfos";
    readonly tag: "Contact plans";
    readonly sdkMethod: "create";
    readonly security: true;
    readonly safe: false;
    readonly idempotent: false;
    readonly paging: null;
    readonly batch: {
      readonly itemsPointer: "/customerPhoneNumberList";
      readonly maxItems: 50;
      readonly maxItemsSource: "seed";
    };
    readonly fieldRules: readonly [
      {
        readonly rule: "scheduleEndAfterStart";
        readonly kind: "endAfterStart";
        readonly start: "scheduleStartTime";
        readonly end: "scheduleEndTime";
      },
    ];
    readonly parameters: readonly [
      {
        readonly name: "timezoneid";
        readonly in: "header";
        readonly required: false;
      },
    ];
    readonly requestBody: {
      readonly required: true;
      readonly kind: "object";
    };
  };
  readonly searchPublishedIvrFlows: {
    readonly operationId: "searchPublishedIvrFlows";
    readonly method: "post";
    readonly path: "/callservice/v6/cc-ivr/api/ivr/published/_search";
    readonly tag: "IVR flows";
    readonly sdkMethod: "listPublished";
    readonly security: true;
    readonly safe: true;
    readonly idempotent: false;
    readonly paging: {
      readonly shape: "total";
      readonly pageParam: "currPage";
      readonly sizeParam: "pageSize";
      readonly itemsField: "list";
      readonly defaultPageSize: 10;
      readonly maxPageSize: 50;
    };
    readonly batch: null;
    readonly fieldRules: readonly [];
    readonly parameters: readonly [];
    readonly requestBody: {
      readonly required: false;
      readonly kind: "object";
    };
  };
}>;

// each row without its key (operationId) and without the fields at their defaults
const rows: Record<string, Partial<RuntimeOperationMeta>> = {
  createCompanyToken: {"method":"post","path":"/tokens/company","tag":"Authentication","sdkMethod":"createToken","security":false,"safe":true,"requestBody":{"required":true,"kind":"object"}},
  getAgentSetting: {"method":"get","path":"/callservice/v6/cc-config/api/agents","tag":"Agents","sdkMethod":"get","safe":true,"parameters":[{"name":"timezoneid","in":"header","required":false},{"name":"agent","in":"query","required":true},{"name":"agentType","in":"query","required":true}]},
  updateAgentSetting: {"method":"post","path":"/callservice/v6/cc-config/api/agents","tag":"Agents","sdkMethod":"update","parameters":[{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  unbindAgentSetting: {"method":"post","path":"/callservice/v6/cc-config/api/agents/unbind","tag":"Agents","sdkMethod":"unbind","parameters":[{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  searchCallAgents: {"method":"post","path":"/callservice/v6/cc-config/api/agents/call/_search","tag":"Agents","sdkMethod":"list","safe":true,"paging":{"shape":"none"},"parameters":[{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":false,"kind":"object"}},
  searchSkillGroups: {"method":"post","path":"/callservice/v6/cc-config/api/queues/_search","tag":"Skill groups","sdkMethod":"list","safe":true,"paging":{"shape":"total","pageParam":"currPage","sizeParam":"pageSize","itemsField":"list","defaultPageSize":10},"parameters":[{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":false,"kind":"object"}},
  createSkillGroup: {"method":"post","path":"/callservice/v6/cc-config/api/queue","tag":"Skill groups","sdkMethod":"create","parameters":[{"name":"timezoneid","in":"header","required":false},{"name":"language","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  deleteSkillGroup: {"method":"delete","path":"/callservice/v6/cc-config/api/queue","tag":"Skill groups","sdkMethod":"delete","parameters":[{"name":"timezoneid","in":"header","required":false},{"name":"language","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  searchSkillGroupMembers: {"method":"post","path":"/callservice/v6/cc-config/api/queue/agents/search","tag":"Skill groups","sdkMethod":"listMembers","safe":true,"paging":{"shape":"none"},"parameters":[{"name":"timezoneid","in":"header","required":false},{"name":"language","in":"header","required":false}],"requestBody":{"required":false,"kind":"object"}},
  updateSkillGroupMembers: {"method":"post","path":"/callservice/v6/cc-config/api/queue/agents","tag":"Skill groups","sdkMethod":"updateMembers","parameters":[{"name":"timezoneid","in":"header","required":false},{"name":"language","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  searchExtensions: {"method":"post","path":"/callservice/v6/cc-config/api/exts/_search","tag":"Extensions","sdkMethod":"list","safe":true,"paging":{"shape":"total","pageParam":"currPage","sizeParam":"pageSize","itemsField":"list","defaultPageSize":10},"parameters":[{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":false,"kind":"object"}},
  createExtension: {"method":"post","path":"/callservice/v6/cc-config/api/exts/_add","tag":"Extensions","sdkMethod":"create","requestBody":{"required":true,"kind":"object"}},
  importForbiddenNumbers: {"method":"put","path":"/callservice/v6/cc-config/blacklist/batch","tag":"Numbers","sdkMethod":"importForbidden","batch":{"itemsPointer":"","maxItems":500,"maxItemsSource":"default"},"parameters":[{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":true,"kind":"array"}},
  searchRelayNumbers: {"method":"post","path":"/callservice/v6/cc-config/api/gatewayNumber/search","tag":"Numbers","sdkMethod":"listRelay","safe":true,"paging":{"shape":"none"},"parameters":[{"name":"timezoneid","in":"header","required":false},{"name":"language","in":"header","required":false}],"requestBody":{"required":false,"kind":"object"}},
  createOutboundTask: {"method":"post","path":"/callservice/v6/cc-outbound/api/campaigns","tag":"Outbound tasks","sdkMethod":"create","idempotent":true,"fieldRules":[{"rule":"scheduleEndAfterStart","kind":"endAfterStart","start":"scheduleStartTime","end":"scheduleEndTime"}],"parameters":[{"name":"Idempotency-Key","in":"header","required":true},{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  importCallingList: {"method":"post","path":"/callservice/v6/cc-exports/api/campaigns/_import","tag":"Outbound tasks","sdkMethod":"importCallingList","idempotent":true,"batch":{"itemsPointer":"/dataDetails","maxItems":500,"maxItemsSource":"default","resultOperation":"getCallingListImportResults"},"parameters":[{"name":"Idempotency-Key","in":"header","required":true},{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  getCallingListImportResults: {"method":"post","path":"/callservice/v6/cc-outbound/api/campaigns/calling-list/import-result","tag":"Outbound tasks","sdkMethod":"getImportResults","safe":true,"idempotent":true,"paging":{"shape":"totalCount","pageParam":"currPage","sizeParam":"pageSize","itemsField":"list","defaultPageSize":50},"parameters":[{"name":"Idempotency-Key","in":"header","required":true},{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  searchOutboundTasks: {"method":"post","path":"/callservice/v6/cc-outbound/api/campaigns/getList","tag":"Outbound tasks","sdkMethod":"list","safe":true,"idempotent":true,"paging":{"shape":"totalCount","pageParam":"currPage","sizeParam":"pageSize","itemsField":"list","defaultPageSize":50},"fieldRules":[{"rule":"creationTimeEndNotBeforeStart","kind":"endAfterStart","start":"creationTimeStart","end":"creationTimeEnd","allowEqual":true},{"rule":"creationTimeSpanMax12Months","kind":"maxSpanMonths","start":"creationTimeStart","end":"creationTimeEnd","months":12}],"parameters":[{"name":"Idempotency-Key","in":"header","required":true}],"requestBody":{"required":true,"kind":"object"}},
  createContactPlans: {"method":"post","path":"/callservice/v6/cc-console/contact-schedules/_batchAddInfos","tag":"Contact plans","sdkMethod":"create","batch":{"itemsPointer":"/customerPhoneNumberList","maxItems":50,"maxItemsSource":"seed"},"fieldRules":[{"rule":"scheduleEndAfterStart","kind":"endAfterStart","start":"scheduleStartTime","end":"scheduleEndTime"}],"parameters":[{"name":"timezoneid","in":"header","required":false}],"requestBody":{"required":true,"kind":"object"}},
  searchPublishedIvrFlows: {"method":"post","path":"/callservice/v6/cc-ivr/api/ivr/published/_search","tag":"IVR flows","sdkMethod":"listPublished","safe":true,"paging":{"shape":"total","pageParam":"currPage","sizeParam":"pageSize","itemsField":"list","defaultPageSize":10,"maxPageSize":50},"requestBody":{"required":false,"kind":"object"}},
};

const table: Record<string, RuntimeOperationMeta> = {};
for (const operationId in rows) {
  table[operationId] = { operationId, security: true, safe: false, idempotent: false, paging: null, batch: null, fieldRules: [], parameters: [], requestBody: null, ...rows[operationId] } as RuntimeOperationMeta;
}
export const operations = table as RuntimeOperations;
