// Generated from openapi.yaml by `npm run generate`. Do not edit.
/** operationId → request path (array indexes as `*`) → [value, meaning] of each enum value, from x-enum-descriptions. */
export const enumMeanings: Readonly<Record<string, Readonly<Record<string, readonly (readonly [unknown, string])[]>>>> = {
 "createCompanyToken": {
  "/body/responseType": [
   [
    "token",
    "Request an access token"
   ]
  ]
 },
 "getAgentSetting": {
  "/query/agentType": [
   [
    0,
    "Agent work number"
   ],
   [
    1,
    "Agent UUID/id"
   ]
  ]
 },
 "updateAgentSetting": {
  "/body/agentType": [
   [
    0,
    "Agent work number"
   ],
   [
    1,
    "Agent UUID/id"
   ]
  ],
  "/body/wrapUpType": [
   [
    1,
    "Overall"
   ],
   [
    2,
    "Individual"
   ]
  ]
 },
 "unbindAgentSetting": {
  "/body/agentType": [
   [
    0,
    "Agent work number"
   ],
   [
    1,
    "Agent UUID/id"
   ]
  ],
  "/body/numberType": [
   [
    0,
    "Extension number"
   ],
   [
    1,
    "Phone number"
   ],
   [
    2,
    "Extension number and phone number"
   ]
  ]
 },
 "searchSkillGroupMembers": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ]
  ]
 },
 "updateSkillGroupMembers": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ]
  ]
 },
 "searchExtensions": {
  "/body/bindStatus": [
   [
    0,
    "Not bound"
   ],
   [
    1,
    "Bound"
   ]
  ]
 },
 "createExtension": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ],
   [
    null,
    "the default, \"0\""
   ]
  ]
 },
 "importForbiddenNumbers": {
  "/body/*/numberType": [
   [
    1,
    "Phone number"
   ]
  ],
  "/body/*/callType": [
   [
    2,
    "Inbound"
   ],
   [
    3,
    "Outbound"
   ]
  ],
  "/body/*/enabled": [
   [
    0,
    "Disabled"
   ],
   [
    1,
    "Enabled"
   ]
  ]
 },
 "searchRelayNumbers": {
  "/body/enabled/*": [
   [
    0,
    "Disabled"
   ],
   [
    1,
    "Enabled"
   ],
   [
    2,
    "Cancelled"
   ]
  ]
 },
 "createOutboundTask": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ],
   [
    null,
    "the default, \"0\""
   ]
  ]
 },
 "importCallingList": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ],
   [
    null,
    "the default, \"0\""
   ]
  ],
  "/body/removeDuplicatesRule": [
   [
    "NonRemoveDuplicates",
    "Do not remove duplicates"
   ],
   [
    "RemoveDuplicatesInCallingList",
    "Remove duplicates within this calling list (batch)"
   ],
   [
    "RemoveDuplicatesInCampaign",
    "Remove duplicates within the task"
   ],
   [
    "RemoveDuplicatesInTenant",
    "Remove duplicates across tasks (whole tenant)"
   ]
  ],
  "/body/enableFilterDoNotCallListNumber": [
   [
    "Filter",
    "Filter out forbidden numbers"
   ],
   [
    "NoFilter",
    "Do not filter"
   ]
  ],
  "/body/assignRule": [
   [
    "AssignAverage",
    "Evenly across agents"
   ],
   [
    "AssignAppoint",
    "As designated in `assignAgentAndCount` / `allocationAgent`"
   ],
   [
    "NoAssign",
    "Not assigned"
   ]
  ]
 },
 "getCallingListImportResults": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ],
   [
    null,
    "the default, \"0\""
   ]
  ]
 },
 "searchOutboundTasks": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ],
   [
    "",
    "Agent work number (blank)"
   ],
   [
    null,
    "the default, \"0\""
   ]
  ]
 },
 "createContactPlans": {
  "/body/agentType": [
   [
    "0",
    "Agent work number"
   ],
   [
    "1",
    "Agent UUID/id"
   ],
   [
    null,
    "the default, \"0\""
   ]
  ]
 },
 "searchPublishedIvrFlows": {
  "/body/agentType": [
   [
    0,
    "Agent work number"
   ],
   [
    1,
    "Agent UUID/id"
   ],
   [
    null,
    "the default, 0"
   ]
  ]
 }
};
