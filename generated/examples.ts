// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type { operations } from "./types.js";

type Op<K extends keyof operations> = operations[K];
type Body<K extends keyof operations> = Op<K> extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type Query<K extends keyof operations> = Op<K> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Headers<K extends keyof operations> = Op<K> extends { parameters: { header?: infer H } } ? NonNullable<H> : never;
type Ok<K extends keyof operations> = Op<K> extends { responses: { 200: { content: { "application/json": infer R } } } } ? R : never;

export const examples = {
  createCompanyToken: {
    body: {
      "docs": {
        "responseType": "token",
        "appId": "1c0e4c1c9c8d4f9b",
        "currentTime": 1663986420000,
        "sign": "7c4a8d09ca3762af61e59520943dc264"
      } satisfies Body<"createCompanyToken">,
    },
    query: undefined,
    headers: undefined,
    response: {
      "docs": {
        "response_type": "token",
        "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJhcHBJZCI6IjFjMGU0YzFjOWM4ZDRmOWIiLCJpYXQiOjE2NjM5ODY0MjAwMDAsImV4cCI6MTY2NDA3MjgyMDAwMH0.c2lnbmF0dXJl"
      } satisfies Ok<"createCompanyToken">,
    },
  },
  getAgentSetting: {
    body: {

    },
    query: {
        "agent": "1111",
        "agentType": 0
      } satisfies Query<"getAgentSetting">,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"getAgentSetting">,
    response: {
      "seed": {
        "apiVersion": "6.2",
        "status": "Success",
        "message": "ok",
        "code": 200,
        "reason": "OK",
        "kind": "Agent",
        "data": {
          "agentUUID": "bd4630df3550552ba7c16f27ae9a39cb",
          "agentID": "1111",
          "agentName": "test",
          "phone": "13800138000",
          "ext": "1000",
          "wrapUpType": 2,
          "wrapUpTime": 60
        }
      } satisfies Ok<"getAgentSetting">,
    },
  },
  updateAgentSetting: {
    body: {
      "illustrative": {
        "agent": "1111",
        "agentType": 0,
        "wrapUpTime": 60,
        "phone": "13800138000",
        "ext": "1000",
        "wrapUpType": 2
      } satisfies Body<"updateAgentSetting">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"updateAgentSetting">,
    response: {
      "seed": {
        "apiVersion": "6.2",
        "status": "Success",
        "message": "ok",
        "code": 200,
        "reason": "OK",
        "kind": "Agent",
        "data": {
          "agentUUID": "bd4630df3550552ba7c16f27ae9a39cb",
          "agentID": "1111",
          "agentName": "test",
          "phone": "13800138000",
          "ext": "1000",
          "wrapUpType": 2,
          "wrapUpTime": 60
        }
      } satisfies Ok<"updateAgentSetting">,
    },
  },
  unbindAgentSetting: {
    body: {
      "illustrative": {
        "agent": "1111",
        "agentType": 0,
        "numberType": 0
      } satisfies Body<"unbindAgentSetting">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"unbindAgentSetting">,
    response: {
      "seed": {
        "apiVersion": "6.2",
        "status": "Success",
        "message": "ok",
        "code": 200,
        "reason": "OK",
        "kind": "Agent",
        "data": {
          "agentUUID": "bd4630df3550552ba7c16f27ae9a39cb",
          "agentID": "1111",
          "agentName": "test",
          "phone": "13800138000",
          "ext": "1000",
          "wrapUpType": 2,
          "wrapUpTime": 60
        }
      } satisfies Ok<"unbindAgentSetting">,
    },
  },
  searchCallAgents: {
    body: {
      "illustrative": {
        "agentName": "test"
      } satisfies Body<"searchCallAgents">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"searchCallAgents">,
    response: {
      "seed": {
        "apiVersion": "6.3",
        "status": "Success",
        "message": "ok",
        "code": 200,
        "reason": "OK",
        "kind": "Agent",
        "data": [
          {
            "agentUUID": "bd4630df3550552ba7c16f27ae9a39cb",
            "agentID": "1111",
            "agentName": "test01",
            "ext": "1000",
            "agentPhone": "138xxxxxxxx",
            "loginStatus": 1,
            "notReadyReasonCode": 0,
            "createTime": "2022-09-14 10:00:01",
            "updateTime": "2022-09-14 10:00:01",
            "createTimeMs": 1663120801000,
            "updateTimeMs": 1663120801000
          },
          {
            "agentUUID": "d2a6a9fb2ab2470cba9af6b6774ef858",
            "agentID": "2222",
            "agentName": "test02",
            "ext": "1001",
            "agentPhone": "186xxxxxxxx",
            "loginStatus": 2,
            "notReadyReasonCode": 11,
            "createTime": "2022-08-14 12:43:01",
            "updateTime": "2022-09-10 08:31:46",
            "createTimeMs": 1660452181000,
            "updateTimeMs": 1662769906000
          }
        ]
      } satisfies Ok<"searchCallAgents">,
    },
  },
  searchSkillGroups: {
    body: {
      "illustrative": {
        "currPage": 1,
        "pageSize": 50
      } satisfies Body<"searchSkillGroups">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"searchSkillGroups">,
    response: {
      "seed": {
        "apiVersion": "6.3.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "QueueInfo",
        "metaData": {},
        "data": {
          "list": [
            {
              "queueID": "1111",
              "queueName": "queue1"
            },
            {
              "queueID": "2222",
              "queueName": "queue2"
            }
          ],
          "currPage": 1,
          "pageSize": 50,
          "total": 21
        }
      } satisfies Ok<"searchSkillGroups">,
    },
  },
  createSkillGroup: {
    body: {
      "seed": {
        "queueName": "1130 skill group",
        "queueID": "1234",
        "queueWeight": "1"
      } satisfies Body<"createSkillGroup">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore",
        "language": "en"
      } satisfies Headers<"createSkillGroup">,
    response: {
      "seed": {
        "apiVersion": "6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "Success",
        "kind": "ApiQueue",
        "metaData": {},
        "data": {
          "queueName": "1130 skill group",
          "queueID": "1234",
          "queueWeight": "1"
        },
        "retMsg": "Success",
        "retCode": "000000"
      } satisfies Ok<"createSkillGroup">,
    },
  },
  deleteSkillGroup: {
    body: {
      "seed": {
        "queueID": "1234"
      } satisfies Body<"deleteSkillGroup">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore",
        "language": "en"
      } satisfies Headers<"deleteSkillGroup">,
    response: {
      "seed": {
        "apiVersion": "6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "Success",
        "kind": "QueueInfo",
        "metaData": {},
        "data": {},
        "retMsg": "Success",
        "retCode": "000000"
      } satisfies Ok<"deleteSkillGroup">,
    },
  },
  searchSkillGroupMembers: {
    body: {
      "seed": {
        "queueID": "1234",
        "agentType": "1"
      } satisfies Body<"searchSkillGroupMembers">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore",
        "language": "en"
      } satisfies Headers<"searchSkillGroupMembers">,
    response: {
      "seed": {
        "apiVersion": "6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "Success",
        "kind": "List",
        "metaData": {},
        "data": [
          {
            "queueName": "Group1",
            "queueID": "0000",
            "queueWeight": 0,
            "agentCount": 6,
            "agents": [
              {
                "agent": "cef499bccbf44e11a6e78d398cfcce53",
                "agentName": "nicole",
                "level": "1",
                "checkin": false
              },
              {
                "agent": "0d0132473a7f46c390d1f6441c139980",
                "agentName": "venus",
                "level": "1",
                "checkin": true
              },
              {
                "agent": "4bd9716e859f4cdaa58218d97776eb0e",
                "agentName": "odin",
                "level": "1",
                "checkin": true
              },
              {
                "agent": "5f98ae6f03ca48c1a9d36d747a736211",
                "agentName": "zane",
                "level": "1",
                "checkin": true
              },
              {
                "agent": "f3cf4f25fa12483d81cbb764e4b2dfb6",
                "agentName": "ndidn",
                "level": "1",
                "checkin": true
              },
              {
                "agent": "0910ba8d7bd243a5aa86f0b5bbc77b10",
                "agentName": "patton",
                "level": "1",
                "checkin": true
              }
            ]
          }
        ],
        "retMsg": "Success",
        "retCode": "000000"
      } satisfies Ok<"searchSkillGroupMembers">,
    },
  },
  updateSkillGroupMembers: {
    body: {
      "seed": {
        "list": [
          {
            "queueID": "3455",
            "queueWeight": "0",
            "queueName": "skill group 1",
            "add": [
              {
                "agent": "69351d38049342d38fad2b3a645d574f",
                "level": 1,
                "checkin": true
              }
            ],
            "remove": [
              {
                "agent": "3c7498a22d55447aa80344ab1f0e9e59",
                "level": 1,
                "checkin": true
              }
            ]
          }
        ]
      } satisfies Body<"updateSkillGroupMembers">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore",
        "language": "en"
      } satisfies Headers<"updateSkillGroupMembers">,
    response: {
      "seed": {
        "apiVersion": "6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "Success",
        "kind": "ApiQueueAgent",
        "metaData": {},
        "data": {
          "agent": null,
          "agentType": "1",
          "operator": null,
          "list": [
            {
              "queueID": "1234",
              "queueName": "skill group 1",
              "queueWeight": "0",
              "add": [
                {
                  "agent": "01651b3a13b94d7d86a20800544895e0",
                  "level": 1,
                  "checkin": true
                }
              ],
              "remove": [
                {
                  "agent": "0910ba8d7bd243a5aa86f0b5bbc77b10",
                  "level": 1,
                  "checkin": true
                }
              ]
            }
          ]
        },
        "retMsg": "Success",
        "retCode": "000000"
      } satisfies Ok<"updateSkillGroupMembers">,
    },
  },
  searchExtensions: {
    body: {
      "illustrative": {
        "bindStatus": 1,
        "currPage": 1,
        "pageSize": 3
      } satisfies Body<"searchExtensions">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"searchExtensions">,
    response: {
      "seed": {
        "apiVersion": "6.3.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "Ext",
        "metaData": {},
        "data": {
          "list": [
            {
              "ext": "5002",
              "password": "123456",
              "bindStatus": 1,
              "bindTime": 1657274393279,
              "agentUUID": "7b8ec043e9a24727ad0570ba1b6e82fe",
              "agentName": "v6_cs2"
            },
            {
              "ext": "5001",
              "password": "123456",
              "bindStatus": 1,
              "bindTime": 1657682876629,
              "agentUUID": "59220de7f88141829a1f38d8698acb26",
              "agentName": "v6_cs1"
            }
          ],
          "currPage": 1,
          "pageSize": 3,
          "total": 13
        }
      } satisfies Ok<"searchExtensions">,
    },
  },
  createExtension: {
    body: {
      "illustrative": {
        "agentID": "5002",
        "agentType": "0",
        "ext": "5002",
        "password": "123456"
      } satisfies Body<"createExtension">,
    },
    query: undefined,
    headers: undefined,
    response: {
      "seed": {
        "apiVersion": "6.3.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "Ext",
        "metaData": {},
        "data": {
          "ext": "5002",
          "password": "123456",
          "langCodeTxt": "Opus"
        }
      } satisfies Ok<"createExtension">,
    },
  },
  importForbiddenNumbers: {
    body: {
      "seed": [
        {
          "callNumber": "15210818952",
          "numberType": 1,
          "callType": 2,
          "enabled": 0,
          "description": "test1"
        },
        {
          "callNumber": "13212341232",
          "numberType": 1,
          "callType": 2,
          "enabled": 0,
          "description": "test2"
        },
        {
          "callNumber": "13212341233",
          "numberType": 1,
          "callType": 2,
          "enabled": 0,
          "description": "test3"
        }
      ] satisfies Body<"importForbiddenNumbers">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"importForbiddenNumbers">,
    response: {
      "seed": {
        "apiVersion": "6.2",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "BatchDetail",
        "metaData": {},
        "data": {
          "successCount": 3,
          "failedCount": 2,
          "details": [
            "NO[2],[numberType],Content[2],[Reference:1-number]",
            "NO[3],[numberType],Content[2],[Reference:1-number]"
          ]
        }
      } satisfies Ok<"importForbiddenNumbers">,
    },
  },
  searchRelayNumbers: {
    body: {
      "seed": {
        "enabled": [
          1,
          2,
          0
        ]
      } satisfies Body<"searchRelayNumbers">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore",
        "language": "en"
      } satisfies Headers<"searchRelayNumbers">,
    response: {
      "seed": {
        "apiVersion": "6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "Success",
        "kind": "List",
        "metaData": {},
        "data": [
          {
            "gatewayNumber": "010514294XX",
            "alias": "nick’s",
            "remark": "Nick often uses this",
            "enabled": {
              "enabledCode": 1,
              "enabledName": "Enabling"
            }
          },
          {
            "gatewayNumber": "010514294XX",
            "alias": "Lily",
            "remark": "no use",
            "enabled": {
              "enabledCode": 2,
              "enabledName": "Cancelled"
            }
          }
        ],
        "retMsg": "Success",
        "retCode": "000000"
      } satisfies Ok<"searchRelayNumbers">,
    },
  },
  createOutboundTask: {
    body: {
      "seed": {
        "agentID": "59220de7f88141829a1f38d8698acb26",
        "agentType": "1",
        "name": "Announcement",
        "dataTemplateCode": "D000000000",
        "wrapUpTemplateCode": "W000000000",
        "scheduleStartTime": 1660115936310,
        "scheduleEndTime": 1660118400638,
        "scheduleTimeZoneId": "Pacific/Midway",
        "description": "Description"
      } satisfies Body<"createOutboundTask">,
    },
    query: undefined,
    headers: {
        "Idempotency-Key": "3f2b8c1e-7d4a-4e5b-9c6d-0a1b2c3d4e5f",
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"createOutboundTask">,
    response: {
      "seed": {
        "apiVersion": "6.3.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "ApiRespCampaignsVO",
        "metaData": {},
        "data": {
          "id": "037276ff01c6eM4b1b89413A383072f38476",
          "code": "dgug92owec"
        }
      } satisfies Ok<"createOutboundTask">,
    },
  },
  importCallingList: {
    body: {
      "seed": {
        "agentID": "e906cc52bfac44b4ae30497fd39c4c4d",
        "agentType": "1",
        "campaignId": "cde0f90801d98M4fcb8a43eFff11b201cbff",
        "callingListCode": "20220815203412",
        "removeDuplicatesRule": "RemoveDuplicatesInCallingList",
        "enableFilterDoNotCallListNumber": "Filter",
        "assignRule": "AssignAppoint",
        "assignAgentAndCount": [
          {
            "agentID": "2b82a4acc60647dd814b3db642e75972",
            "count": 100
          }
        ],
        "dataDetails": [
          {
            "allocationAgent": "12001",
            "name": "Rason",
            "telephone": "100000000",
            "description": "desc1",
            "customFields": [
              {
                "fieldId": "3b987930e6db4b0ca51f6ad5755e91ae",
                "fieldValue": "Admin"
              }
            ]
          }
        ]
      } satisfies Body<"importCallingList">,
    },
    query: undefined,
    headers: {
        "Idempotency-Key": "3f2b8c1e-7d4a-4e5b-9c6d-0a1b2c3d4e5f",
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"importCallingList">,
    response: {
      "seed": {
        "apiVersion": "6.3.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "ApiRespCampaignsVO",
        "metaData": {},
        "data": {
          "campaignId": "2b82a4acc60647dd814b3db642e75971",
          "callingListCode": "20220101000000",
          "code": "dgug92owec"
        }
      } satisfies Ok<"importCallingList">,
    },
  },
  getCallingListImportResults: {
    body: {
      "seed": {
        "agentID": "59220de7f88141829a1f38d8698acb26",
        "agentType": "1",
        "callingListCode": "02951e5b01ddcM40997b185S2a541d16be48",
        "campaignId": "2b82a4acc60647dd814b3db642e75971",
        "code": "dgug92owec",
        "currPage": 1,
        "pageSize": 50
      } satisfies Body<"getCallingListImportResults">,
    },
    query: undefined,
    headers: {
        "Idempotency-Key": "3f2b8c1e-7d4a-4e5b-9c6d-0a1b2c3d4e5f",
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"getCallingListImportResults">,
    response: {
      "seed": {
        "apiVersion": "v6.3.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "ApiRepsICallListResult",
        "metaData": {},
        "data": {
          "totalCount": 13,
          "pageSize": 50,
          "totalPage": 1,
          "currPage": 1,
          "list": [
            {
              "campaignId": "cde0f90801d98M4fcb8a43eFff11b201cbff",
              "code": "dgug92owec",
              "callingListCode": "20220815203412",
              "removeDuplicatesRule": "RemoveDuplicatesInCallingList",
              "successCount": 1,
              "errorCount": 0,
              "errorReportPath": "https://img-sg.sobot.io/cc/36a97af88e194c54923484b81adaaa1e/costExport/import/campaigns/20230125/b38de85b0f9d1N43781ab03P89c56729924a/1674654321082757_0619826b0e024N4650194b8P87a660372bfb.xlsx",
              "removeDuplicatesCount": 0,
              "creationTime": 1660632449700
            }
          ]
        }
      } satisfies Ok<"getCallingListImportResults">,
    },
  },
  searchOutboundTasks: {
    body: {
      "illustrative": {
        "creationTimeStart": 1709251200000,
        "creationTimeEnd": 1711929599000,
        "pageSize": 50,
        "currPage": 1
      } satisfies Body<"searchOutboundTasks">,
    },
    query: undefined,
    headers: {
        "Idempotency-Key": "3f2b8c1e-7d4a-4e5b-9c6d-0a1b2c3d4e5f"
      } satisfies Headers<"searchOutboundTasks">,
    response: {
      "seed": {
        "apiVersion": "v6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "RespCampaignsVO",
        "metaData": {},
        "data": {
          "totalCount": 1,
          "pageSize": 50,
          "totalPage": 1,
          "currPage": 1,
          "list": [
            {
              "code": "6yoq3b0lpf",
              "name": "1111123",
              "timed": 0,
              "scheduleStartTime": 0,
              "scheduleEndTime": 0,
              "scheduleTimeZoneId": null,
              "scheduleStartTimeZoneValue": null,
              "scheduleEndTimeZoneValue": null,
              "state": 1,
              "expired": null,
              "description": "",
              "creationTime": 1711681298345,
              "contactRecordCount": 0,
              "contactUnassignedCount": 0,
              "agentCount": 0,
              "contactRecordExecuteCount": 0,
              "contactRecordAnswerCount": 0,
              "contactExecuteRate": "0.00%",
              "contactAnswerRate": "0.00%",
              "callDialCount": 0,
              "callAnswerCount": 0,
              "callAnswerRate": "0.00%",
              "callTalkDuration": 0,
              "averageCallTalkDuration": 0
            }
          ]
        },
        "retMsg": "Success",
        "retCode": "000000"
      } satisfies Ok<"searchOutboundTasks">,
    },
  },
  createContactPlans: {
    body: {
      "seed": {
        "name": "openApi-batch-plan-5",
        "scheduleStartTime": 1661911780000,
        "scheduleEndTime": 1662998180000,
        "executorId": "5001",
        "bak": "test4444",
        "agentID": "5002",
        "agentType": "0",
        "zoneId": "Asia/Singapore",
        "zoneValue": "GMT+08:00 Singapore",
        "customerPhoneNumberList": [
          "18189672221",
          "18189671111",
          "18889673333"
        ]
      } satisfies Body<"createContactPlans">,
    },
    query: undefined,
    headers: {
        "timezoneid": "Asia/Singapore"
      } satisfies Headers<"createContactPlans">,
    response: {
      "seed": {
        "apiVersion": "v6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Success",
        "reason": "",
        "kind": "List",
        "metaData": {},
        "data": [
          "83f938c7d45ac0e2445ce0f59bc57e59",
          "a29efd4c7d3c2a3f7afac174b7fbefac",
          "c0a8e889945b475d17230592ff35d0a6"
        ]
      } satisfies Ok<"createContactPlans">,
    },
  },
  searchPublishedIvrFlows: {
    body: {
      "seed": {
        "currPage": 1,
        "pageSize": 10
      } satisfies Body<"searchPublishedIvrFlows">,
    },
    query: undefined,
    headers: undefined,
    response: {
      "seed": {
        "apiVersion": "6.0.0",
        "status": "Success",
        "code": 200,
        "message": "Request service done",
        "reason": "Success",
        "kind": "SearchIvrResponse",
        "metaData": {
          "creatorId": null,
          "creationTime": null,
          "updateUserId": null,
          "updatedTime": null
        },
        "data": {
          "list": [
            {
              "name": "test222",
              "code": "4445",
              "remarks": "ssf"
            },
            {
              "name": "test333",
              "code": "1111",
              "remarks": "2222"
            }
          ],
          "currPage": 1,
          "pageSize": 5,
          "total": 33
        },
        "retMsg": "Request service done",
        "retCode": "000000"
      } satisfies Ok<"searchPublishedIvrFlows">,
    },
  },
} as const;
