// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type { components } from "./extensions.js";

/** The shapes of the x-sobot-* extensions, generated from lint/spectral/extensions/*.schema.js. */
type Extensions = components["schemas"];

export interface OperationMeta {
  readonly operationId: string;
  readonly method: "get" | "post" | "put" | "delete";
  readonly path: string;
  readonly tag: string;
  /** The facade group: the tag's words in camelCase (`Skill groups` → `skillGroups`), `sobot.<group>.<sdkMethod>` */
  readonly group: string;
  /** x-sobot-sdk-method: the facade method, `sobot.<group>.<sdkMethod>` */
  readonly sdkMethod: string;
  /** The CLI command: the operationId in kebab-case (`searchCallAgents` → `search-call-agents`) */
  readonly command: string;
  /** The MCP tool: the operationId in snake_case (`search_call_agents`) */
  readonly tool: string;
  /** A bulk operation's `sobot-cc import <kind>`: the operationId without its verb (`importCallingList` → `calling-list`); null for any other */
  readonly importKind: string | null;
  readonly summary: string;
  readonly description: string;
  /** Sends Authorization (false only for the token operation). */
  readonly security: boolean;
  /** x-sobot-safe: read-only, may be retried after any transient failure. */
  readonly safe: boolean;
  /** x-sobot-idempotent: takes an Idempotency-Key; a retry with the same key is safe. */
  readonly idempotent: boolean;
  /** x-sobot-paging: how a list operation pages (null: it does not) */
  readonly paging: Extensions["XSobotPaging"] | null;
  /** x-sobot-batch: a bulk operation's rows and rows per call (null: not a bulk operation) */
  readonly batch: Extensions["XSobotBatch"] | null;
  /** x-sobot-field-rules: rules between two request fields that a schema cannot state */
  readonly fieldRules: Extensions["XSobotFieldRules"];
  readonly parameters: readonly { readonly name: string; readonly in: "query" | "header"; readonly required: boolean }[];
  readonly requestBody: { readonly required: boolean; readonly kind: "object" | "array" } | null;
}

export const operations = {
  createCompanyToken: {
    "operationId": "createCompanyToken",
    "method": "post",
    "path": "/tokens/company",
    "tag": "Authentication",
    "group": "authentication",
    "sdkMethod": "createToken",
    "command": "create-company-token",
    "tool": "create_company_token",
    "importKind": null,
    "summary": "Obtain the company authentication token",
    "description": "Exchanges the company's `appId` and a signature for an access token (a JWT) used in the\n`Authorization` header of every other operation. `sign` is the lowercase hexadecimal\n`MD5(appId + currentTime + responseType + appSecret)`; the `appSecret` itself is never sent.\n\nThe vendor shows this response *without* the envelope, cut short, and one version of its\npage names the token `accessToken` instead of `access_token`: both are described here, and\nclients should accept either. The token's lifetime is not documented; the token carries\n`iat`/`exp` claims. Refresh it when half of its lifetime is gone. Issuing a token twice\nis harmless, so the operation is marked `x-sobot-safe` and may be retried like a read.\n",
    "security": false,
    "safe": true,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  getAgentSetting: {
    "operationId": "getAgentSetting",
    "method": "get",
    "path": "/callservice/v6/cc-config/api/agents",
    "tag": "Agents",
    "group": "agents",
    "sdkMethod": "get",
    "command": "get-agent-setting",
    "tool": "get_agent_setting",
    "importKind": null,
    "summary": "Query Agent Setting",
    "description": "Query the agent's extension account, phone number and post-call sorting (wrap-up) duration.",
    "security": true,
    "safe": true,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      },
      {
        "name": "agent",
        "in": "query",
        "required": true
      },
      {
        "name": "agentType",
        "in": "query",
        "required": true
      }
    ],
    "requestBody": null
  },
  updateAgentSetting: {
    "operationId": "updateAgentSetting",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/agents",
    "tag": "Agents",
    "group": "agents",
    "sdkMethod": "update",
    "command": "update-agent-setting",
    "tool": "update_agent_setting",
    "importKind": null,
    "summary": "Modify Agent Setting",
    "description": "Set the agent's extension account, phone number and post-call sorting (wrap-up) duration used when the agent provides phone service.",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  unbindAgentSetting: {
    "operationId": "unbindAgentSetting",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/agents/unbind",
    "tag": "Agents",
    "group": "agents",
    "sdkMethod": "unbind",
    "command": "unbind-agent-setting",
    "tool": "unbind_agent_setting",
    "importKind": null,
    "summary": "Unbind Agent Setting",
    "description": "Unbind the agent's extension and/or phone number.",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  searchCallAgents: {
    "operationId": "searchCallAgents",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/agents/call/_search",
    "tag": "Agents",
    "group": "agents",
    "sdkMethod": "list",
    "command": "search-call-agents",
    "tool": "search_call_agents",
    "importKind": null,
    "summary": "Query Call Agent List",
    "description": "Query all enterprise agents with call permissions. The list is returned whole (no paging).",
    "security": true,
    "safe": true,
    "idempotent": false,
    "paging": {
      "shape": "none"
    },
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": false,
      "kind": "object"
    }
  },
  searchSkillGroups: {
    "operationId": "searchSkillGroups",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/queues/_search",
    "tag": "Skill groups",
    "group": "skillGroups",
    "sdkMethod": "list",
    "command": "search-skill-groups",
    "tool": "search_skill_groups",
    "importKind": null,
    "summary": "Query Call Skill Group List",
    "description": "Query the call skill group list, one page at a time.",
    "security": true,
    "safe": true,
    "idempotent": false,
    "paging": {
      "shape": "total",
      "pageParam": "currPage",
      "sizeParam": "pageSize",
      "itemsField": "list",
      "defaultPageSize": 10
    },
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": false,
      "kind": "object"
    }
  },
  createSkillGroup: {
    "operationId": "createSkillGroup",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/queue",
    "tag": "Skill groups",
    "group": "skillGroups",
    "sdkMethod": "create",
    "command": "create-skill-group",
    "tool": "create_skill_group",
    "importKind": null,
    "summary": "Add skill group",
    "description": "Create a skill group. The vendor page describes `Authorization` here as an \"Agent token\";\nthis contract uses the company token for every operation, as the rest of the page does.\n",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      },
      {
        "name": "language",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  deleteSkillGroup: {
    "operationId": "deleteSkillGroup",
    "method": "delete",
    "path": "/callservice/v6/cc-config/api/queue",
    "tag": "Skill groups",
    "group": "skillGroups",
    "sdkMethod": "delete",
    "command": "delete-skill-group",
    "tool": "delete_skill_group",
    "importKind": null,
    "summary": "Delete skill group",
    "description": "Delete a skill group. The vendor sends the skill group number in a JSON **body** of a\n`DELETE` request; OpenAPI 3.0 allows it, but some HTTP stacks and proxies drop bodies of\n`DELETE` requests — make sure yours does not.\n",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      },
      {
        "name": "language",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  searchSkillGroupMembers: {
    "operationId": "searchSkillGroupMembers",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/queue/agents/search",
    "tag": "Skill groups",
    "group": "skillGroups",
    "sdkMethod": "listMembers",
    "command": "search-skill-group-members",
    "tool": "search_skill_group_members",
    "importKind": null,
    "summary": "Query skill group members",
    "description": "Query skill groups with their member agents. The list is returned whole (no paging).",
    "security": true,
    "safe": true,
    "idempotent": false,
    "paging": {
      "shape": "none"
    },
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      },
      {
        "name": "language",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": false,
      "kind": "object"
    }
  },
  updateSkillGroupMembers: {
    "operationId": "updateSkillGroupMembers",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/queue/agents",
    "tag": "Skill groups",
    "group": "skillGroups",
    "sdkMethod": "updateMembers",
    "command": "update-skill-group-members",
    "tool": "update_skill_group_members",
    "importKind": null,
    "summary": "Update skill groups in bulk",
    "description": "Add (or overwrite) and remove member agents of several skill groups in one call.",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      },
      {
        "name": "language",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  searchExtensions: {
    "operationId": "searchExtensions",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/exts/_search",
    "tag": "Extensions",
    "group": "extensions",
    "sdkMethod": "list",
    "command": "search-extensions",
    "tool": "search_extensions",
    "importKind": null,
    "summary": "Query Extension List",
    "description": "Query the extension list, one page at a time. Responses contain extension passwords; treat them as secrets.",
    "security": true,
    "safe": true,
    "idempotent": false,
    "paging": {
      "shape": "total",
      "pageParam": "currPage",
      "sizeParam": "pageSize",
      "itemsField": "list",
      "defaultPageSize": 10
    },
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": false,
      "kind": "object"
    }
  },
  createExtension: {
    "operationId": "createExtension",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/exts/_add",
    "tag": "Extensions",
    "group": "extensions",
    "sdkMethod": "create",
    "command": "create-extension",
    "tool": "create_extension",
    "importKind": null,
    "summary": "Create an extension account",
    "description": "Create an extension account for an agent. The extension number cannot be changed after creation.",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": null,
    "fieldRules": [],
    "parameters": [],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  importForbiddenNumbers: {
    "operationId": "importForbiddenNumbers",
    "method": "put",
    "path": "/callservice/v6/cc-config/blacklist/batch",
    "tag": "Numbers",
    "group": "numbers",
    "sdkMethod": "importForbidden",
    "command": "import-forbidden-numbers",
    "tool": "import_forbidden_numbers",
    "importKind": "forbidden-numbers",
    "summary": "Import Enterprise Forbidden No.",
    "description": "Import numbers into the enterprise forbidden-number (do-not-call) list. The body is a JSON\n**array** of entries. Rows the server refuses are counted in `failedCount` and described in\n`details`, one string per refused row (`NO[<row>],[<field>],Content[<value>],[Reference:<rule>]`).\n\nThe vendor states no limit on entries per call; clients split large imports into chunks of\n`x-sobot-batch.maxItems` (a project default, configurable).\n",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": {
      "itemsPointer": "",
      "maxItems": 500,
      "maxItemsSource": "default"
    },
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "array"
    }
  },
  searchRelayNumbers: {
    "operationId": "searchRelayNumbers",
    "method": "post",
    "path": "/callservice/v6/cc-config/api/gatewayNumber/search",
    "tag": "Numbers",
    "group": "numbers",
    "sdkMethod": "listRelay",
    "command": "search-relay-numbers",
    "tool": "search_relay_numbers",
    "importKind": null,
    "summary": "Query relay number list",
    "description": "Query the relay (gateway) numbers of the enterprise. The list is returned whole (no paging).",
    "security": true,
    "safe": true,
    "idempotent": false,
    "paging": {
      "shape": "none"
    },
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      },
      {
        "name": "language",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": false,
      "kind": "object"
    }
  },
  createOutboundTask: {
    "operationId": "createOutboundTask",
    "method": "post",
    "path": "/callservice/v6/cc-outbound/api/campaigns",
    "tag": "Outbound tasks",
    "group": "outboundTasks",
    "sdkMethod": "create",
    "command": "create-outbound-task",
    "tool": "create_outbound_task",
    "importKind": null,
    "summary": "Create Outbound Task",
    "description": "Create an outbound task (campaign). `scheduleEndTime` must be greater than\n`scheduleStartTime` (a rule between two fields: clients check it before sending).\n",
    "security": true,
    "safe": false,
    "idempotent": true,
    "paging": null,
    "batch": null,
    "fieldRules": [
      {
        "rule": "scheduleEndAfterStart",
        "kind": "endAfterStart",
        "start": "scheduleStartTime",
        "end": "scheduleEndTime"
      }
    ],
    "parameters": [
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true
      },
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  importCallingList: {
    "operationId": "importCallingList",
    "method": "post",
    "path": "/callservice/v6/cc-exports/api/campaigns/_import",
    "tag": "Outbound tasks",
    "group": "outboundTasks",
    "sdkMethod": "importCallingList",
    "command": "import-calling-list",
    "tool": "import_calling_list",
    "importKind": "calling-list",
    "summary": "Outbound Task Import Data",
    "description": "Import a calling list (numbers to dial) into an outbound task. The task is identified by\n`campaignId` when given, otherwise by `code`. Import runs asynchronously: query its outcome\nwith `getCallingListImportResults` using the returned `callingListCode`.\n\nThe vendor states no limit on `dataDetails` entries per call; clients split large imports\ninto chunks of `x-sobot-batch.maxItems` (a project default, configurable).\n",
    "security": true,
    "safe": false,
    "idempotent": true,
    "paging": null,
    "batch": {
      "itemsPointer": "/dataDetails",
      "maxItems": 500,
      "maxItemsSource": "default",
      "resultOperation": "getCallingListImportResults"
    },
    "fieldRules": [],
    "parameters": [
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true
      },
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  getCallingListImportResults: {
    "operationId": "getCallingListImportResults",
    "method": "post",
    "path": "/callservice/v6/cc-outbound/api/campaigns/calling-list/import-result",
    "tag": "Outbound tasks",
    "group": "outboundTasks",
    "sdkMethod": "getImportResults",
    "command": "get-calling-list-import-results",
    "tool": "get_calling_list_import_results",
    "importKind": null,
    "summary": "Batch Import Result Query",
    "description": "Query the results of calling-list imports (counts of succeeded, repeated and failed rows,\nand a link to the error report). This operation only reads, yet the vendor requires an\n`Idempotency-Key` on it like on every outbound-task operation.\n",
    "security": true,
    "safe": true,
    "idempotent": true,
    "paging": {
      "shape": "totalCount",
      "pageParam": "currPage",
      "sizeParam": "pageSize",
      "itemsField": "list",
      "defaultPageSize": 50
    },
    "batch": null,
    "fieldRules": [],
    "parameters": [
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true
      },
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  searchOutboundTasks: {
    "operationId": "searchOutboundTasks",
    "method": "post",
    "path": "/callservice/v6/cc-outbound/api/campaigns/getList",
    "tag": "Outbound tasks",
    "group": "outboundTasks",
    "sdkMethod": "list",
    "command": "search-outbound-tasks",
    "tool": "search_outbound_tasks",
    "importKind": null,
    "summary": "Query outbound task list",
    "description": "Query the outbound task list of the enterprise's agents, one page at a time. The creation\ntime window (`creationTimeStart` to `creationTimeEnd`) must not exceed 12 months (a rule\nbetween two fields: clients check it before sending). This operation only reads, yet the\nvendor requires an `Idempotency-Key` on it.\n",
    "security": true,
    "safe": true,
    "idempotent": true,
    "paging": {
      "shape": "totalCount",
      "pageParam": "currPage",
      "sizeParam": "pageSize",
      "itemsField": "list",
      "defaultPageSize": 50,
      "defaultPageSizeSource": "default"
    },
    "batch": null,
    "fieldRules": [
      {
        "rule": "creationTimeEndNotBeforeStart",
        "kind": "endAfterStart",
        "start": "creationTimeStart",
        "end": "creationTimeEnd",
        "allowEqual": true
      },
      {
        "rule": "creationTimeSpanMax12Months",
        "kind": "maxSpanMonths",
        "start": "creationTimeStart",
        "end": "creationTimeEnd",
        "months": 12
      }
    ],
    "parameters": [
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  createContactPlans: {
    "operationId": "createContactPlans",
    "method": "post",
    "path": "/callservice/v6/cc-console/contact-schedules/_batchAddInfos",
    "tag": "Contact plans",
    "group": "contactPlans",
    "sdkMethod": "create",
    "command": "create-contact-plans",
    "tool": "create_contact_plans",
    "importKind": "contact-plans",
    "summary": "Create Contact Plans in Bulk",
    "description": "Create contact plans in bulk: one plan per customer phone number, at most 50 numbers per\ncall. `scheduleEndTime` must be greater than `scheduleStartTime` (a rule between two\nfields: clients check it before sending).\n",
    "security": true,
    "safe": false,
    "idempotent": false,
    "paging": null,
    "batch": {
      "itemsPointer": "/customerPhoneNumberList",
      "maxItems": 50,
      "maxItemsSource": "seed"
    },
    "fieldRules": [
      {
        "rule": "scheduleEndAfterStart",
        "kind": "endAfterStart",
        "start": "scheduleStartTime",
        "end": "scheduleEndTime"
      }
    ],
    "parameters": [
      {
        "name": "timezoneid",
        "in": "header",
        "required": false
      }
    ],
    "requestBody": {
      "required": true,
      "kind": "object"
    }
  },
  searchPublishedIvrFlows: {
    "operationId": "searchPublishedIvrFlows",
    "method": "post",
    "path": "/callservice/v6/cc-ivr/api/ivr/published/_search",
    "tag": "IVR flows",
    "group": "ivrFlows",
    "sdkMethod": "listPublished",
    "command": "search-published-ivr-flows",
    "tool": "search_published_ivr_flows",
    "importKind": null,
    "summary": "Query published IVR flows",
    "description": "Query published IVR flows, one page at a time, at most 50 per page. (The vendor's heading\nreads \"Example Query published IVR flows\" and says \"with 50 max for a single time\"; the\nstray word is dropped and the limit is read as the largest page size.)\n",
    "security": true,
    "safe": true,
    "idempotent": false,
    "paging": {
      "shape": "total",
      "pageParam": "currPage",
      "sizeParam": "pageSize",
      "itemsField": "list",
      "defaultPageSize": 10,
      "maxPageSize": 50
    },
    "batch": null,
    "fieldRules": [],
    "parameters": [],
    "requestBody": {
      "required": false,
      "kind": "object"
    }
  },
} as const satisfies Record<string, OperationMeta>;

export type OperationId = keyof typeof operations;
export const operationIds = Object.keys(operations) as OperationId[];
