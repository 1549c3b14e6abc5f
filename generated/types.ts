// Generated from openapi.yaml by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/tokens/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain the company authentication token
         * @description Exchanges the company's `appId` and a signature for an access token (a JWT) used in the
         *     `Authorization` header of every other operation. `sign` is the lowercase hexadecimal
         *     `MD5(appId + currentTime + responseType + appSecret)`; the `appSecret` itself is never sent.
         *
         *     The vendor shows this response *without* the envelope, cut short, and one version of its
         *     page names the token `accessToken` instead of `access_token`: both are described here, and
         *     clients should accept either. The token's lifetime is not documented; the token carries
         *     `iat`/`exp` claims. Refresh it when half of its lifetime is gone. Issuing a token twice
         *     is harmless, so the operation is marked `x-sobot-safe` and may be retried like a read.
         */
        post: operations["createCompanyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query Agent Setting
         * @description Query the agent's extension account, phone number and post-call sorting (wrap-up) duration.
         */
        get: operations["getAgentSetting"];
        put?: never;
        /**
         * Modify Agent Setting
         * @description Set the agent's extension account, phone number and post-call sorting (wrap-up) duration used when the agent provides phone service.
         */
        post: operations["updateAgentSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/agents/unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind Agent Setting
         * @description Unbind the agent's extension and/or phone number.
         */
        post: operations["unbindAgentSetting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/agents/call/_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Call Agent List
         * @description Query all enterprise agents with call permissions. The list is returned whole (no paging).
         */
        post: operations["searchCallAgents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/queues/_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Call Skill Group List
         * @description Query the call skill group list, one page at a time.
         */
        post: operations["searchSkillGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add skill group
         * @description Create a skill group. The vendor page describes `Authorization` here as an "Agent token";
         *     this contract uses the company token for every operation, as the rest of the page does.
         */
        post: operations["createSkillGroup"];
        /**
         * Delete skill group
         * @description Delete a skill group. The vendor sends the skill group number in a JSON **body** of a
         *     `DELETE` request; OpenAPI 3.0 allows it, but some HTTP stacks and proxies drop bodies of
         *     `DELETE` requests — make sure yours does not.
         */
        delete: operations["deleteSkillGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/queue/agents/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query skill group members
         * @description Query skill groups with their member agents. The list is returned whole (no paging).
         */
        post: operations["searchSkillGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/queue/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update skill groups in bulk
         * @description Add (or overwrite) and remove member agents of several skill groups in one call.
         */
        post: operations["updateSkillGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/exts/_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Extension List
         * @description Query the extension list, one page at a time. Responses contain extension passwords; treat them as secrets.
         */
        post: operations["searchExtensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/exts/_add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an extension account
         * @description Create an extension account for an agent. The extension number cannot be changed after creation.
         */
        post: operations["createExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/blacklist/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Import Enterprise Forbidden No.
         * @description Import numbers into the enterprise forbidden-number (do-not-call) list. The body is a JSON
         *     **array** of entries. Rows the server refuses are counted in `failedCount` and described in
         *     `details`, one string per refused row (`NO[<row>],[<field>],Content[<value>],[Reference:<rule>]`).
         *
         *     The vendor states no limit on entries per call; clients split large imports into chunks of
         *     `x-sobot-batch.maxItems` (a project default, configurable).
         */
        put: operations["importForbiddenNumbers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-config/api/gatewayNumber/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query relay number list
         * @description Query the relay (gateway) numbers of the enterprise. The list is returned whole (no paging).
         */
        post: operations["searchRelayNumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-outbound/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Outbound Task
         * @description Create an outbound task (campaign). `scheduleEndTime` must be greater than
         *     `scheduleStartTime` (a rule between two fields: clients check it before sending).
         */
        post: operations["createOutboundTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-exports/api/campaigns/_import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Outbound Task Import Data
         * @description Import a calling list (numbers to dial) into an outbound task. The task is identified by
         *     `campaignId` when given, otherwise by `code`. Import runs asynchronously: query its outcome
         *     with `getCallingListImportResults` using the returned `callingListCode`.
         *
         *     The vendor states no limit on `dataDetails` entries per call; clients split large imports
         *     into chunks of `x-sobot-batch.maxItems` (a project default, configurable).
         */
        post: operations["importCallingList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-outbound/api/campaigns/calling-list/import-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch Import Result Query
         * @description Query the results of calling-list imports (counts of succeeded, repeated and failed rows,
         *     and a link to the error report). This operation only reads, yet the vendor requires an
         *     `Idempotency-Key` on it like on every outbound-task operation.
         */
        post: operations["getCallingListImportResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-outbound/api/campaigns/getList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query outbound task list
         * @description Query the outbound task list of the enterprise's agents, one page at a time. The creation
         *     time window (`creationTimeStart` to `creationTimeEnd`) must not exceed 12 months (a rule
         *     between two fields: clients check it before sending). This operation only reads, yet the
         *     vendor requires an `Idempotency-Key` on it.
         */
        post: operations["searchOutboundTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-console/contact-schedules/_batchAddInfos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Contact Plans in Bulk
         * @description Create contact plans in bulk: one plan per customer phone number, at most 50 numbers per
         *     call. `scheduleEndTime` must be greater than `scheduleStartTime` (a rule between two
         *     fields: clients check it before sending).
         */
        post: operations["createContactPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callservice/v6/cc-ivr/api/ivr/published/_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query published IVR flows
         * @description Query published IVR flows, one page at a time, at most 50 per page. (The vendor's heading
         *     reads "Example Query published IVR flows" and says "with 50 max for a single time"; the
         *     stray word is dropped and the limit is read as the largest page size.)
         */
        post: operations["searchPublishedIvrFlows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The envelope around every Basic Management response. */
        Envelope: {
            /**
             * @description Version of the API that answered (the vendor's examples show `6.2`, `6.3.0`, `v6.3.0`).
             * @example 6.3.0
             */
            apiVersion: string;
            /**
             * @description `Success` on success; anything else is a failure.
             * @example Success
             */
            status: string;
            /**
             * Format: int32
             * @description Mirrors an HTTP status code (200 on success).
             * @example 200
             */
            code: number;
            /**
             * @description Human-readable message.
             * @example Success
             */
            message: string;
            /**
             * @description Short reason phrase; may be empty.
             * @example Success
             */
            reason: string;
            /**
             * @description Name of the type of `data`.
             * @example Agent
             */
            kind: string;
            metaData?: components["schemas"]["MetaData"];
            /**
             * @description Result message, mirrors `message`. Not present on every operation.
             * @example Success
             */
            retMsg?: string;
            /**
             * @description Result code; `000000` means success. Not present on every operation.
             * @example 000000
             */
            retCode?: string;
            /**
             * Format: int64
             * @description Time the response was created, epoch milliseconds. Present on some responses.
             * @example 1663986420000
             */
            creationTime?: number;
        };
        /** @description Audit metadata of the returned object; often empty. */
        MetaData: {
            /** @description Id of the creator. */
            creatorId?: string | null;
            /**
             * Format: int64
             * @description Creation time, epoch milliseconds.
             */
            creationTime?: number | null;
            /** @description Id of the last updater. */
            updateUserId?: string | null;
            /**
             * Format: int64
             * @description Last update time, epoch milliseconds.
             */
            updatedTime?: number | null;
        };
        /** @description A failure. Same fields as the envelope; `data` is usually null or absent. */
        ErrorEnvelope: components["schemas"]["Envelope"] & {
            /** @description Usually null on failure; kept for diagnosis when present. */
            data?: Record<string, unknown> | null;
        };
        /** @description Success envelope whose `data` is an empty object. */
        EmptyEnvelope: components["schemas"]["Envelope"] & {
            /** @description Empty object. */
            data: Record<string, unknown>;
        };
        /** @description Paging fields of a list request. */
        PageRequest: {
            currPage?: components["schemas"]["CurrPage"];
            pageSize?: components["schemas"]["PageSizeDefault10"];
        };
        /**
         * Format: int32
         * @description Page number, 1-based; 1 by default (the vendor's default). At most 2147483647, the
         *     vendor's `int` type: a bound of ours, the vendor states none.
         * @default 1
         * @example 1
         */
        CurrPage: number;
        /**
         * Format: int32
         * @description Page number, 1-based, where the request requires it (no default: the vendor gives none).
         *     At most 2147483647, the vendor's `int` type: a bound of ours, the vendor states none.
         * @example 1
         */
        PageNumber: number;
        /**
         * Format: int32
         * @description Page size, where the request requires it (no default: the vendor gives none). At most
         *     1000: a bound of ours, the vendor states none; no real page is larger.
         * @example 50
         */
        PageSize: number;
        /**
         * Format: int32
         * @description Page size, 10 by default (the vendor's default). At most 1000: a bound of ours, the
         *     vendor states none; no real page is larger.
         * @default 10
         * @example 10
         */
        PageSizeDefault10: number;
        /**
         * Format: int32
         * @description Page size, 50 by default (the vendor's default). At most 1000: a bound of ours, the
         *     vendor states none; no real page is larger.
         * @default 50
         * @example 50
         */
        PageSizeDefault50: number;
        /** @description Paging fields of a page that counts all items in `total`: `{list, currPage, pageSize, total}`; each page schema adds its typed `list`. */
        PageTotal: {
            /**
             * Format: int32
             * @description This page's number, 1-based.
             * @example 1
             */
            currPage: number;
            /**
             * Format: int32
             * @description Page size used.
             * @example 10
             */
            pageSize: number;
            /**
             * Format: int32
             * @description Number of items over all pages.
             * @example 21
             */
            total: number;
        };
        /** @description Paging fields of a page that counts items and pages: `{list, currPage, pageSize, totalCount, totalPage}`; each page schema adds its typed `list`. */
        PageTotalCount: {
            /**
             * Format: int32
             * @description This page's number, 1-based.
             * @example 1
             */
            currPage: number;
            /**
             * Format: int32
             * @description Page size used.
             * @example 50
             */
            pageSize: number;
            /**
             * Format: int32
             * @description Number of items over all pages.
             * @example 13
             */
            totalCount: number;
            /**
             * Format: int32
             * @description Number of pages.
             * @example 1
             */
            totalPage: number;
        };
        /**
         * @description An agent, named by work number or by UUID/id, as the accompanying `agentType` says. At
         *     most 64 characters: a bound of ours (the vendor states none; its ids have 32).
         * @example 1111
         */
        AgentIdentifier: string;
        /**
         * Format: int32
         * @description How an agent is named (integer form, used by the agent operations and IVR flows).
         *     `0`: agent work number; `1`: agent UUID/id.
         * @example 0
         * @enum {integer}
         */
        AgentType: 0 | 1;
        /**
         * @description How an agent is named (string form, used by skill groups, extensions, outbound tasks and
         *     contact plans). `"0"`: agent work number; `"1"`: agent UUID/id. Work number when absent.
         * @example 1
         * @enum {string}
         */
        AgentTypeCode: "0" | "1";
        /**
         * @description How an agent is named (string form), where the vendor gives null a meaning: `"0"`: agent
         *     work number; `"1"`: agent UUID/id; null or absent: agent work number ("Agent work no. by
         *     default when it is null"), hence `default: "0"`.
         *     null is allowed by `nullable: true` and not listed in `enum`: Prism 5.14 stops validating
         *     a whole request body whose schema lists null in an `enum`, and every other tool here
         *     (openapi-typescript, the generated validators, Schemathesis) reads `nullable` alike.
         * @default 0
         * @example 1
         * @enum {string|null}
         */
        AgentTypeCodeOrNull: "0" | "1" | null;
        /**
         * @description How an agent is named (string form, outbound task list). The vendor writes "1: Agent ID;
         *     0/blank: Agent work no.": `"1"`: agent UUID/id; `"0"`, the empty string or null (blank, as
         *     the vendor's Java server reads it): agent work number, hence `default: "0"`.
         *     null is allowed by `nullable: true` and not listed in `enum`: Prism 5.14 stops validating
         *     a whole request body whose schema lists null in an `enum`, and every other tool here
         *     (openapi-typescript, the generated validators, Schemathesis) reads `nullable` alike.
         * @default 0
         * @example 1
         * @enum {string|null}
         */
        AgentTypeCodeOrBlank: "0" | "1" | "" | null;
        /**
         * Format: int32
         * @description How an agent is named (integer form, IVR flows), where the vendor gives null a meaning:
         *     `0`: agent work number; `1`: agent UUID/id; null or absent: agent work number ("Agent
         *     work no. by default when it is null"), hence `default: 0`.
         *     null is allowed by `nullable: true` and not listed in `enum`: Prism 5.14 stops validating
         *     a whole request body whose schema lists null in an `enum`, and every other tool here
         *     (openapi-typescript, the generated validators, Schemathesis) reads `nullable` alike.
         * @default 0
         * @example 0
         * @enum {integer|null}
         */
        AgentTypeOrNull: 0 | 1 | null;
        /**
         * Format: int32
         * @description Post-call sorting (wrap-up) type. `1`: overall (company setting); `2`: individual (this agent's own duration).
         * @example 2
         * @enum {integer}
         */
        WrapUpType: 1 | 2;
        /**
         * Format: int64
         * @description Timestamp, epoch milliseconds. At most 253402300799999 (9999-12-31T23:59:59.999Z): a
         *     bound of ours, the vendor states none; it keeps every value exact in JavaScript, whose
         *     numbers lose integer precision above 2^53.
         * @example 1663986420000
         */
        EpochMillis: number;
        /**
         * @description Time-zone id as Java's `ZoneId` reads it: an IANA region (`Asia/Singapore`), `Z`, or an
         *     offset (`+08:00`, `GMT+08:00`). The pattern and the 64-character limit are ours (the
         *     vendor states only "ZoneId"). When absent the enterprise's time zone applies; a blank
         *     value is given no meaning by the vendor, so it is refused.
         * @example Asia/Singapore
         */
        TimeZoneId: string;
        /**
         * @description Note, 200 characters at most.
         * @example Description
         */
        Note200: string;
        /**
         * @description Skill group number. At most 64 characters, a bound of ours (the vendor states none).
         * @example 1234
         */
        SkillGroupId: string;
        /**
         * @description Skill group name.
         * @example queue1
         */
        SkillGroupName: string;
        /**
         * @description Skill group weight, as a string of digits (string here, integer in
         *     `searchSkillGroupMembers`, as the vendor documents each). At most 9 digits, so that it
         *     fits the integer the vendor returns elsewhere: a bound of ours.
         * @example 1
         */
        SkillGroupWeightText: string;
        /**
         * @description The fields of an agent's phone settings, none required: each operation states which of
         *     them its response always carries (`AgentSetting`, `UnboundAgentSetting`,
         *     `UpdatedAgentSetting`), as the vendor's table of that operation marks them.
         */
        AgentSettingFields: {
            /**
             * @description Agent UUID.
             * @example bd4630df3550552ba7c16f27ae9a39cb
             */
            agentUUID?: string;
            /**
             * @description Agent work number.
             * @example 1111
             */
            agentID?: string;
            /**
             * @description Agent name.
             * @example test
             */
            agentName?: string;
            /**
             * @description Bound extension number.
             * @example 1000
             */
            ext?: string;
            /**
             * @description Bound phone number.
             * @example 13800138000
             */
            phone?: string;
            wrapUpType?: components["schemas"]["WrapUpType"];
            /**
             * Format: int32
             * @description Post-call sorting (wrap-up) duration, seconds.
             * @example 60
             */
            wrapUpTime?: number;
        };
        /** @description An agent's phone settings (`getAgentSetting`); the vendor marks `agentUUID` and `agentID` as always present. */
        AgentSetting: components["schemas"]["AgentSettingFields"] & Record<string, unknown>;
        /**
         * @description An agent's phone settings after unbinding (`unbindAgentSetting`); the vendor marks only
         *     `agentUUID` as always present (`agentID` is optional in its table), and a response
         *     promises no more than the vendor does.
         */
        UnboundAgentSetting: components["schemas"]["AgentSettingFields"] & Record<string, unknown>;
        /**
         * @description An agent's phone settings after a change (`updateAgentSetting`); the vendor marks name,
         *     extension, phone and wrap-up fields as always present here, and `agentUUID`/`agentID`
         *     as optional (its example carries them, but a response promises no more than the
         *     vendor's table does).
         */
        UpdatedAgentSetting: components["schemas"]["AgentSettingFields"] & Record<string, unknown>;
        /** @description Envelope with an agent's setting. */
        AgentSettingEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["AgentSetting"];
        };
        /** @description Envelope with an agent's setting after unbinding. */
        UnboundAgentSettingEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["UnboundAgentSetting"];
        };
        /**
         * @description Envelope with an agent's setting after a change. The vendor's table marks `agentUUID` and
         *     `agentID` optional here (as does `unbindAgentSetting`'s for `agentID`): they are optional,
         *     since a response promises no more than the vendor does.
         */
        UpdatedAgentSettingEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["UpdatedAgentSetting"];
        };
        /** @description New phone settings of an agent. */
        UpdateAgentSettingRequest: {
            agent: components["schemas"]["AgentIdentifier"];
            agentType: components["schemas"]["AgentType"];
            /**
             * Format: int32
             * @description Post-call sorting (wrap-up) duration, seconds. At most 2147483647, the vendor's `int`
             *     type: a bound of ours, the vendor states none.
             * @example 60
             */
            wrapUpTime: number;
            /**
             * @description Phone number to bind. At most 32 characters, a bound of ours. Not blank: the vendor
             *     gives a blank value no meaning, and unbinding is `unbindAgentSetting`'s job.
             * @example 13800138000
             */
            phone?: string;
            /**
             * @description Extension number to bind. At most 32 characters, a bound of ours. Not blank: the
             *     vendor gives a blank value no meaning, and unbinding is `unbindAgentSetting`'s job.
             * @example 1000
             */
            ext?: string;
            wrapUpType?: components["schemas"]["WrapUpType"];
        };
        /** @description Which numbers to unbind from an agent. */
        UnbindAgentSettingRequest: {
            agent: components["schemas"]["AgentIdentifier"];
            agentType: components["schemas"]["AgentType"];
            /**
             * Format: int32
             * @description What to unbind. `0`: extension number; `1`: phone number; `2`: extension number and phone number ("Telephone no.+phone no." in the vendor's words).
             * @example 0
             * @enum {integer}
             */
            numberType?: 0 | 1 | 2;
        };
        /** @description Filters of the call agent list; all optional. */
        SearchCallAgentsRequest: {
            /**
             * @description Agent name; partial match. At most 100 characters, a bound of ours.
             * @example test
             */
            agentName?: string;
            /**
             * @description Agent work number; partial match. At most 64 characters, a bound of ours.
             * @example 11
             */
            agentID?: string;
            /**
             * @description Skill group number; exact match. At most 64 characters, a bound of ours.
             * @example 1234
             */
            queue?: string;
            /**
             * @description Bound extension number; partial match. At most 32 characters, a bound of ours.
             * @example 10
             */
            ext?: string;
            /**
             * Format: int32
             * @description Agent work status. The vendor documents no value set; the bounds are those of its
             *     `int` type.
             * @example 1
             */
            agentStatus?: number;
        };
        /** @description An agent with call permission. */
        CallAgent: {
            /**
             * @description Agent UUID.
             * @example bd4630df3550552ba7c16f27ae9a39cb
             */
            agentUUID: string;
            /**
             * @description Agent work number.
             * @example 1111
             */
            agentID?: string;
            /**
             * @description Agent name.
             * @example test01
             */
            agentName?: string;
            /**
             * @description Extension number.
             * @example 1000
             */
            ext?: string;
            /**
             * @description Phone number (may be masked, e.g. `138xxxxxxxx`).
             * @example 138xxxxxxxx
             */
            agentPhone?: string;
            /**
             * Format: int32
             * @description Login status. The vendor documents no value set.
             * @example 1
             */
            loginStatus?: number;
            /**
             * Format: int32
             * @description Busy ("occupied") reason code. The vendor documents no value set.
             * @example 0
             */
            notReadyReasonCode?: number;
            /**
             * @description Creation time as text; the vendor's example reads `yyyy-MM-dd HH:mm:ss` (in the
             *     request's time zone), but its table states no format, so none is enforced.
             * @example 2022-09-14 10:00:01
             */
            createTime?: string;
            /**
             * @description Update time as text; the vendor's example reads `yyyy-MM-dd HH:mm:ss`, but its table
             *     states no format, so none is enforced.
             * @example 2022-09-14 10:00:01
             */
            updateTime?: string;
            /**
             * Format: int64
             * @description Creation time, epoch milliseconds.
             * @example 1663120801000
             */
            createTimeMs?: number;
            /**
             * Format: int64
             * @description Update time, epoch milliseconds.
             * @example 1663120801000
             */
            updateTimeMs?: number;
        };
        /** @description Envelope with the list of call agents. */
        CallAgentListEnvelope: components["schemas"]["Envelope"] & {
            /** @description The agents. */
            data: components["schemas"]["CallAgent"][];
        };
        /** @description A skill group in the list. */
        SkillGroupSummary: {
            queueID: components["schemas"]["SkillGroupId"];
            queueName?: components["schemas"]["SkillGroupName"];
        };
        /** @description Envelope with one page of skill groups. */
        SkillGroupPageEnvelope: components["schemas"]["Envelope"] & {
            /** @description One page of skill groups. */
            data: components["schemas"]["PageTotal"] & {
                /** @description Skill groups of this page. */
                list: components["schemas"]["SkillGroupSummary"][];
            };
        };
        /** @description A new skill group. */
        CreateSkillGroupRequest: {
            /**
             * @description Skill group name. At most 100 characters, a bound of ours (the vendor states none).
             * @example 1130 skill group
             */
            queueName: string;
            queueID: components["schemas"]["SkillGroupId"];
            queueWeight?: components["schemas"]["SkillGroupWeightText"];
        };
        /** @description A skill group. */
        SkillGroup: {
            queueName?: components["schemas"]["SkillGroupName"];
            queueID?: components["schemas"]["SkillGroupId"];
            queueWeight?: components["schemas"]["SkillGroupWeightText"];
        };
        /** @description Envelope with a skill group. */
        SkillGroupEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["SkillGroup"];
        };
        /** @description The skill group to delete. */
        DeleteSkillGroupRequest: {
            queueID: components["schemas"]["SkillGroupId"];
        };
        /** @description Which skill group's members to list, and how to name the agents. */
        SearchSkillGroupMembersRequest: {
            agentType?: components["schemas"]["AgentTypeCode"];
            queueID?: components["schemas"]["SkillGroupId"];
        };
        /** @description A member agent of a skill group. */
        SkillGroupMember: {
            /**
             * @description The agent's work number or id, as the request's `agentType` says.
             * @example cef499bccbf44e11a6e78d398cfcce53
             */
            agent?: string;
            /**
             * @description Agent name.
             * @example nicole
             */
            agentName?: string;
            /**
             * @description The agent's skill level in this group (a string of digits here, an integer in `updateSkillGroupMembers`, as the vendor documents each).
             * @example 1
             */
            level?: string;
            /**
             * @description Whether the agent is logged in to the group automatically.
             * @example true
             */
            checkin?: boolean;
        };
        /** @description A skill group with its members. */
        SkillGroupWithMembers: {
            queueName?: components["schemas"]["SkillGroupName"];
            queueID?: components["schemas"]["SkillGroupId"];
            /**
             * Format: int32
             * @description Skill group weight (an integer here, a string elsewhere, as the vendor documents each).
             * @example 0
             */
            queueWeight?: number;
            /**
             * Format: int32
             * @description Number of agents in the skill group.
             * @example 6
             */
            agentCount?: number;
            /** @description The member agents. */
            agents?: components["schemas"]["SkillGroupMember"][];
        };
        /** @description Envelope with skill groups and their members. */
        SkillGroupMembersEnvelope: components["schemas"]["Envelope"] & {
            /** @description The skill groups. */
            data: components["schemas"]["SkillGroupWithMembers"][];
        };
        /** @description An agent to add to (or overwrite in), or remove from, a skill group. */
        MemberChange: {
            /**
             * @description The agent's work number or id, as `agentType` says. At most 64 characters, a bound of ours.
             * @example 69351d38049342d38fad2b3a645d574f
             */
            agent: string;
            /**
             * Format: int32
             * @description The agent's skill level in the group. The vendor states no range; the bounds are
             *     those of its `Integer` type.
             * @example 1
             */
            level?: number;
            /**
             * @description Whether the agent is logged in to the group automatically.
             * @example true
             */
            checkin?: boolean;
        };
        /** @description Changes to one skill group. */
        SkillGroupMembersChange: {
            queueID: components["schemas"]["SkillGroupId"];
            /**
             * @description Skill group name. At most 100 characters, a bound of ours (the vendor states none).
             * @example skill group 1
             */
            queueName?: string;
            queueWeight?: components["schemas"]["SkillGroupWeightText"];
            /** @description Agents to add, or to overwrite when already members. At most 1000 per group and call, a bound of ours (the vendor states none). */
            add?: components["schemas"]["MemberChange"][];
            /** @description Agents to remove. At most 1000 per group and call, a bound of ours (the vendor states none). */
            remove?: components["schemas"]["MemberChange"][];
        };
        /**
         * @description Member changes for several skill groups. The vendor marks `list` optional, but a call
         *     without it changes nothing: it is required here, with at least one group, so that an
         *     empty request is refused instead of silently doing nothing ([docs/seed-inconsistencies.md](docs/seed-inconsistencies.md)).
         */
        UpdateSkillGroupMembersRequest: {
            agentType?: components["schemas"]["AgentTypeCode"];
            /** @description One entry per skill group; at least one, at most 1000 (a bound of ours, the vendor states none). */
            list: components["schemas"]["SkillGroupMembersChange"][];
        };
        /**
         * @description The changes as applied. `agent` and `operator` are not in the vendor's table but appear
         *     (as null) in its example; they are described here as optional, nullable strings.
         */
        SkillGroupMembersUpdate: {
            /** @description Not documented by the vendor; null in its example. */
            agent?: string | null;
            agentType?: components["schemas"]["AgentTypeCode"];
            /** @description Not documented by the vendor; null in its example. */
            operator?: string | null;
            /** @description One entry per skill group. */
            list?: components["schemas"]["AppliedSkillGroupMembersChange"][];
        };
        /**
         * @description An agent added to (or overwritten in), or removed from, a skill group, as the server
         *     reports it. Its own schema, not the request's `MemberChange`: a response is open to
         *     fields the server adds, and carries none of the request's bounds.
         */
        AppliedMemberChange: {
            /**
             * @description The agent's work number or id, as `agentType` says.
             * @example 01651b3a13b94d7d86a20800544895e0
             */
            agent?: string;
            /**
             * Format: int32
             * @description The agent's skill level in the group.
             * @example 1
             */
            level?: number;
            /**
             * @description Whether the agent is logged in to the group automatically.
             * @example true
             */
            checkin?: boolean;
        };
        /**
         * @description The changes applied to one skill group, as the server reports them. Its own schema, not
         *     the request's `SkillGroupMembersChange`: a response is open to fields the server adds.
         */
        AppliedSkillGroupMembersChange: {
            /**
             * @description Skill group number.
             * @example 1234
             */
            queueID?: string;
            queueName?: components["schemas"]["SkillGroupName"];
            /**
             * @description Skill group weight, a string of digits.
             * @example 0
             */
            queueWeight?: string;
            /** @description Agents added or overwritten. */
            add?: components["schemas"]["AppliedMemberChange"][];
            /** @description Agents removed. */
            remove?: components["schemas"]["AppliedMemberChange"][];
        };
        /** @description Envelope with the applied member changes. */
        SkillGroupMembersUpdateEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["SkillGroupMembersUpdate"];
        };
        /**
         * Format: int32
         * @description Binding status. `0`: not bound; `1`: bound.
         * @example 1
         * @enum {integer}
         */
        BindStatus: 0 | 1;
        /**
         * @description Extension number, 3 to 8 digits; may start with 0.
         * @example 5002
         */
        ExtensionNumber: string;
        /**
         * Format: password
         * @description Extension password, 6 to 8 digits, used to register a physical phone. A secret.
         * @example 123456
         */
        ExtensionPassword: string;
        /** @description Filter and paging of the extension list. */
        SearchExtensionsRequest: {
            bindStatus?: components["schemas"]["BindStatus"];
            pageSize?: components["schemas"]["PageSizeDefault10"];
            currPage?: components["schemas"]["CurrPage"];
        };
        /**
         * @description An extension account. The vendor's table declares `bindStatus` a string, but its request
         *     filter is an integer and its example returns integers: it is an integer here.
         */
        Extension: {
            /**
             * @description Extension number.
             * @example 5002
             */
            ext: string;
            /**
             * Format: password
             * @description Extension password. A secret.
             * @example 123456
             */
            password: string;
            bindStatus: components["schemas"]["BindStatus"];
            /**
             * Format: int64
             * @description Binding time, epoch milliseconds.
             * @example 1657274393279
             */
            bindTime?: number;
            /**
             * @description Unique id of the bound agent.
             * @example 7b8ec043e9a24727ad0570ba1b6e82fe
             */
            agentUUID?: string;
            /**
             * @description Name of the bound agent.
             * @example v6_cs2
             */
            agentName?: string;
        };
        /** @description Envelope with one page of extensions. */
        ExtensionPageEnvelope: components["schemas"]["Envelope"] & {
            /** @description One page of extensions. */
            data: components["schemas"]["PageTotal"] & {
                /** @description Extensions of this page. */
                list: components["schemas"]["Extension"][];
            };
        };
        /** @description A new extension account. */
        CreateExtensionRequest: {
            agentID: components["schemas"]["AgentIdentifier"];
            agentType?: components["schemas"]["AgentTypeCodeOrNull"];
            ext: components["schemas"]["ExtensionNumber"];
            password: components["schemas"]["ExtensionPassword"];
        };
        /** @description The created extension account. */
        CreatedExtension: {
            /**
             * @description Extension number.
             * @example 5002
             */
            ext: string;
            /**
             * Format: password
             * @description Extension password. A secret.
             * @example 123456
             */
            password: string;
            /**
             * @description Voice codec ("voice code format"), e.g. `Opus`.
             * @example Opus
             */
            langCodeTxt: string;
        };
        /** @description Envelope with the created extension. */
        CreatedExtensionEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["CreatedExtension"];
        };
        /** @description An entry of the enterprise forbidden-number list. */
        ForbiddenNumber: {
            /**
             * @description The phone number. At most 32 characters, a bound of ours (the vendor states none).
             * @example 15210818952
             */
            callNumber: string;
            /**
             * Format: int32
             * @description Number type. `1`: phone number — the only value the vendor documents. Its example
             *     also sends `2`, which its response example then reports as a failed row
             *     (`[Reference:1-number]`), so `2` is not accepted here.
             * @example 1
             * @enum {integer}
             */
            numberType: 1;
            /**
             * Format: int32
             * @description Call direction. `2`: inbound; `3`: outbound.
             * @example 2
             * @enum {integer}
             */
            callType: 2 | 3;
            /**
             * Format: int32
             * @description Enabling status. `0`: disabled; `1`: enabled.
             * @example 0
             * @enum {integer}
             */
            enabled: 0 | 1;
            /**
             * Format: date
             * @description Expiry date, `yyyy-MM-dd`.
             * @example 2026-12-31
             */
            expirationTime?: string;
            zoneId?: components["schemas"]["TimeZoneId"];
            /**
             * @description Description. At most 500 characters, a bound of ours (the vendor states none).
             * @example test1
             */
            description?: string;
        };
        /**
         * @description Entries to import into the forbidden-number list. At most 10000 per call, a bound of
         *     ours (the vendor states none; clients send chunks of `x-sobot-batch.maxItems`).
         */
        ForbiddenNumberImportRequest: components["schemas"]["ForbiddenNumber"][];
        /** @description Outcome of a forbidden-number import. */
        ForbiddenNumberImportResult: {
            /**
             * Format: int32
             * @description Number of imported entries.
             * @example 3
             */
            successCount: number;
            /**
             * Format: int32
             * @description Number of entries that failed to import.
             * @example 2
             */
            failedCount?: number;
            /** @description One string per failed entry (see `ForbiddenNumberImportFailure`). */
            details?: components["schemas"]["ForbiddenNumberImportFailure"][];
        };
        /**
         * Data of Forbidden No. Import Failure
         * @description One refused entry, as text: its 1-based position in the request, the field, the value
         *     sent and the rule it broke. The vendor shows two spellings: the response example
         *     `NO[2],[numberType],Content[2],[Reference:1-number]` and its "Common Data Structure"
         *     `Entry[3], [callType], content [5], [Refer to: 1-Outbound]` (whose "1-Outbound"
         *     contradicts the `callType` table, where outbound is `3`). Parse both: the row number is
         *     the first bracketed integer.
         * @example NO[2],[numberType],Content[2],[Reference:1-number]
         */
        ForbiddenNumberImportFailure: string;
        /** @description Envelope with the forbidden-number import outcome. */
        ForbiddenNumberImportEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["ForbiddenNumberImportResult"];
        };
        /**
         * Format: int32
         * @description Relay number status. `0`: disabled; `1`: enabled; `2`: cancelled.
         * @example 1
         * @enum {integer}
         */
        RelayNumberStatus: 0 | 1 | 2;
        /** @description Filter of the relay number list. */
        SearchRelayNumbersRequest: {
            /**
             * @description Statuses to include (several allowed, each once: at most the three statuses there
             *     are). When absent or null, the server uses "enabled" (the vendor: "When it is null,
             *     the default value is 'enabled'"), hence `default: [1]`.
             * @default [
             *       1
             *     ]
             */
            enabled?: components["schemas"]["RelayNumberStatus"][] | null;
        };
        /** @description A relay (gateway) number. */
        RelayNumber: {
            /**
             * @description The relay number.
             * @example 010514294XX
             */
            gatewayNumber?: string;
            /**
             * @description Alias.
             * @example Lily
             */
            alias?: string;
            /**
             * @description Notes.
             * @example no use
             */
            remark?: string;
            /** @description The number's status. */
            enabled?: {
                enabledCode?: components["schemas"]["RelayNumberStatus"];
                /**
                 * @description Name of the status in the response language (e.g. `Enabling`, `Cancelled`).
                 * @example Enabling
                 */
                enabledName?: string;
            };
        };
        /** @description Envelope with the relay numbers. */
        RelayNumberListEnvelope: components["schemas"]["Envelope"] & {
            /** @description The relay numbers. */
            data: components["schemas"]["RelayNumber"][];
        };
        /** @description A new outbound task. `scheduleEndTime` must be greater than `scheduleStartTime`. */
        CreateOutboundTaskRequest: {
            agentID: components["schemas"]["AgentIdentifier"];
            agentType?: components["schemas"]["AgentTypeCodeOrNull"];
            /**
             * @description Task name. At most 100 characters, a bound of ours (the vendor states none).
             * @example Announcement
             */
            name: string;
            /**
             * @description Code of an enabled import (data) template. At most 64 characters, a bound of ours.
             * @example D000000000
             */
            dataTemplateCode: string;
            /**
             * @description Code of an enabled summary (wrap-up) template. At most 64 characters, a bound of ours.
             * @example W000000000
             */
            wrapUpTemplateCode: string;
            scheduleStartTime: components["schemas"]["EpochMillis"];
            scheduleEndTime: components["schemas"]["EpochMillis"];
            scheduleTimeZoneId?: components["schemas"]["TimeZoneId"];
            description?: components["schemas"]["Note200"];
        };
        /** @description The created outbound task. */
        CreatedOutboundTask: {
            /**
             * @description Campaign (task) id.
             * @example 037276ff01c6eM4b1b89413A383072f38476
             */
            id: string;
            /**
             * @description Task code.
             * @example dgug92owec
             */
            code: string;
        };
        /** @description Envelope with the created outbound task. */
        CreatedOutboundTaskEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["CreatedOutboundTask"];
        };
        /**
         * @description How duplicate numbers are removed. The vendor's list reads `RemoveDuplicatesInTenan t`;
         *     the stray space is removed.
         * @example RemoveDuplicatesInCallingList
         * @enum {string}
         */
        RemoveDuplicatesRule: "NonRemoveDuplicates" | "RemoveDuplicatesInCallingList" | "RemoveDuplicatesInCampaign" | "RemoveDuplicatesInTenant";
        /**
         * @description Batch number, at most 20 letters and digits; cannot be changed once used.
         * @example 20220815203412
         */
        CallingListCode: string;
        /** @description A custom field of a calling-list entry (see the task's import template). */
        CustomField: {
            /**
             * @description Custom field id. At most 64 characters, a bound of ours (the vendor states none).
             * @example 3b987930e6db4b0ca51f6ad5755e91ae
             */
            fieldId: string;
            /**
             * @description Custom field value. At most 1000 characters, a bound of ours (the vendor states none).
             * @example Admin
             */
            fieldValue: string;
        };
        /** @description A number to dial. */
        CallingListEntry: {
            /**
             * @description The number to dial. At most 32 characters, a bound of ours (the vendor states none).
             * @example 100000000
             */
            telephone: string;
            /**
             * @description Work number of the agent assigned to this entry. At most 64 characters, a bound of ours.
             * @example 12001
             */
            allocationAgent?: string;
            /**
             * @description Name of the entry (the customer). At most 100 characters, a bound of ours.
             * @example Rason
             */
            name?: string;
            description?: components["schemas"]["Note200"];
            /** @description Custom fields. At most 100 per entry, a bound of ours (the vendor states none). */
            customFields?: components["schemas"]["CustomField"][];
        };
        /** @description How many entries to assign to an agent. */
        AgentAssignment: {
            /**
             * @description Agent id. At most 64 characters, a bound of ours.
             * @example 2b82a4acc60647dd814b3db642e75972
             */
            agentID: string;
            /**
             * Format: int32
             * @description Number of entries to assign. The vendor's table says string, its example sends the
             *     number `100`: an integer here, at most 2147483647 (a Java `int`, a bound of ours).
             * @example 100
             */
            count: number;
        };
        /**
         * @description A calling list to import into an outbound task. The task is named either by `campaignId`
         *     or, when that is blank, by `code`: one of them must be non-blank (the vendor marks both
         *     optional but reads the task from one or the other, so a body naming no task is refused).
         */
        ImportCallingListRequest: {
            agentID: components["schemas"]["AgentIdentifier"];
            agentType?: components["schemas"]["AgentTypeCodeOrNull"];
            /**
             * @description Campaign (task) id; its creator must be the importing agent (`agentID`). Identifies the task when not blank; blank (absent, null or empty)
             *     hands over to `code`. At most 64 characters, a bound of ours.
             * @example cde0f90801d98M4fcb8a43eFff11b201cbff
             */
            campaignId?: string | null;
            /**
             * @description Task code; identifies the task when `campaignId` is blank. Either `campaignId` or
             *     `code` must be non-blank. At most 64 characters, a bound of ours.
             * @example dgug92owec
             */
            code?: string | null;
            callingListCode: components["schemas"]["CallingListCode"];
            removeDuplicatesRule: components["schemas"]["RemoveDuplicatesRule"];
            /**
             * @description Whether to filter out forbidden numbers; `NoFilter` when absent.
             * @default NoFilter
             * @example Filter
             * @enum {string}
             */
            enableFilterDoNotCallListNumber?: "Filter" | "NoFilter";
            /**
             * @description How entries are assigned to agents.
             * @example AssignAppoint
             * @enum {string}
             */
            assignRule: "AssignAverage" | "AssignAppoint" | "NoAssign";
            /** @description Agents to assign entries to, with counts. At most 1000, a bound of ours (the vendor states none). */
            assignAgentAndCount?: components["schemas"]["AgentAssignment"][];
            /**
             * @description The numbers to dial. At most 10000 per call, a bound of ours (the vendor states none;
             *     clients send chunks of `x-sobot-batch.maxItems`).
             */
            dataDetails: components["schemas"]["CallingListEntry"][];
        } & ({
            /** @description Not blank. */
            campaignId: string;
        } | {
            /** @description Not blank. */
            code: string;
        });
        /** @description An accepted calling-list import. */
        CallingListImport: {
            /**
             * @description Batch number; query the import's results with it.
             * @example 20220101000000
             */
            callingListCode: string;
            /**
             * @description Campaign (task) id.
             * @example 2b82a4acc60647dd814b3db642e75971
             */
            campaignId: string;
            /**
             * @description Task code.
             * @example dgug92owec
             */
            code: string;
        };
        /** @description Envelope with the accepted import. */
        CallingListImportEnvelope: components["schemas"]["Envelope"] & {
            data: components["schemas"]["CallingListImport"];
        };
        /**
         * @description Which imports to report on, and paging. The task is named either by `campaignId` or,
         *     when that is blank, by `code`: one of them must be non-blank (the vendor marks both
         *     optional but reads the task from one or the other, so a body naming no task is refused).
         */
        CallingListImportResultsRequest: {
            agentID: components["schemas"]["AgentIdentifier"];
            agentType?: components["schemas"]["AgentTypeCodeOrNull"];
            /**
             * @description Batch number returned by `importCallingList`. Not limited to 20 characters here: the
             *     vendor's own example sends a 36-character value; at most 64, a bound of ours.
             * @example 02951e5b01ddcM40997b185S2a541d16be48
             */
            callingListCode?: string;
            /**
             * @description Campaign (task) id returned by `importCallingList`. Identifies the task when not blank; blank (absent, null or empty)
             *     hands over to `code`. At most 64 characters, a bound of ours.
             * @example 2b82a4acc60647dd814b3db642e75971
             */
            campaignId?: string | null;
            /**
             * @description Task code; identifies the task when `campaignId` is blank. Either `campaignId` or
             *     `code` must be non-blank. At most 64 characters, a bound of ours.
             * @example dgug92owec
             */
            code?: string | null;
            currPage?: components["schemas"]["CurrPage"];
            pageSize?: components["schemas"]["PageSizeDefault50"];
        } & ({
            /** @description Not blank. */
            campaignId: string;
        } | {
            /** @description Not blank. */
            code: string;
        });
        /**
         * @description The outcome of one calling-list import. The vendor's table lists `repeatCount` as
         *     required but its example omits it and carries `removeDuplicatesCount` instead: both are
         *     described, neither required.
         */
        CallingListImportResult: {
            /**
             * @description Campaign (task) id.
             * @example cde0f90801d98M4fcb8a43eFff11b201cbff
             */
            campaignId: string;
            /**
             * @description Task code.
             * @example dgug92owec
             */
            code: string;
            /**
             * @description Batch number.
             * @example 20220815203412
             */
            callingListCode: string;
            creationTime: components["schemas"]["EpochMillis"];
            removeDuplicatesRule: components["schemas"]["RemoveDuplicatesRule"];
            /**
             * Format: int32
             * @description Entries imported.
             * @example 1
             */
            successCount: number;
            /**
             * Format: int32
             * @description Entries repeated (duplicates). In the vendor's table, absent from its example.
             * @example 0
             */
            repeatCount?: number;
            /**
             * Format: int32
             * @description Entries removed as duplicates. In the vendor's example, absent from its table.
             * @example 0
             */
            removeDuplicatesCount?: number;
            /**
             * Format: int32
             * @description Entries that failed.
             * @example 0
             */
            errorCount: number;
            /**
             * @description Download URL of the error report (a spreadsheet).
             * @example https://img-sg.sobot.io/cc/report.xlsx
             */
            errorReportPath: string;
        };
        /** @description Envelope with one page of import results. */
        CallingListImportResultPageEnvelope: components["schemas"]["Envelope"] & {
            /** @description One page of import results. */
            data: components["schemas"]["PageTotalCount"] & {
                /** @description Import results of this page. */
                list: components["schemas"]["CallingListImportResult"][];
            };
        };
        /** @description Filters and paging of the outbound task list. The creation window must not exceed 12 months. */
        SearchOutboundTasksRequest: {
            /**
             * @description Task code. At most 64 characters, a bound of ours.
             * @example 6yoq3b0lpf
             */
            code?: string;
            creationTimeStart?: components["schemas"]["EpochMillis"];
            creationTimeEnd?: components["schemas"]["EpochMillis"];
            /**
             * @description The agent's work number or id, as `agentType` says (named `agentUUID` by the vendor
             *     here, `agentID` elsewhere). At most 64 characters, a bound of ours.
             * @example 1111
             */
            agentUUID?: string;
            agentType?: components["schemas"]["AgentTypeCodeOrBlank"];
            pageSize: components["schemas"]["PageSize"];
            currPage: components["schemas"]["PageNumber"];
        };
        /**
         * @description An outbound task with its progress figures. The vendor's example also carries `timed`,
         *     absent from its table, and null for the optional time-zone and `expired` fields: those are
         *     nullable here.
         */
        OutboundTask: {
            /**
             * @description Task code.
             * @example 6yoq3b0lpf
             */
            code: string;
            /**
             * @description Task name.
             * @example 1111123
             */
            name: string;
            /**
             * Format: int32
             * @description Not documented by the vendor; present (0) in its example.
             * @example 0
             */
            timed?: number;
            /**
             * Format: int64
             * @description Scheduled start time, epoch milliseconds (0 when not scheduled).
             * @example 0
             */
            scheduleStartTime: number;
            /**
             * Format: int64
             * @description Scheduled close time, epoch milliseconds (0 when not scheduled).
             * @example 0
             */
            scheduleEndTime: number;
            /**
             * @description Time-zone id of the schedule.
             * @example Asia/Singapore
             */
            scheduleTimeZoneId?: string | null;
            /**
             * @description Time-zone display value of the start.
             * @example GMT+08:00
             */
            scheduleStartTimeZoneValue?: string | null;
            /**
             * @description Time-zone display value of the end.
             * @example GMT+08:00
             */
            scheduleEndTimeZoneValue?: string | null;
            /**
             * Format: int32
             * @description Execution state. The vendor documents no value set.
             * @example 1
             */
            state: number;
            /**
             * Format: int32
             * @description Expiration status. The vendor documents no value set.
             * @example 0
             */
            expired?: number | null;
            /**
             * @description Note.
             * @example
             */
            description?: string;
            /**
             * Format: int64
             * @description Creation time, epoch milliseconds.
             * @example 1711681298345
             */
            creationTime: number;
            /**
             * Format: int32
             * @description Task details (entries).
             * @example 0
             */
            contactRecordCount: number;
            /**
             * Format: int32
             * @description Entries not assigned.
             * @example 0
             */
            contactUnassignedCount: number;
            /**
             * Format: int32
             * @description Agents assigned.
             * @example 0
             */
            agentCount: number;
            /**
             * Format: int32
             * @description Entries executed.
             * @example 0
             */
            contactRecordExecuteCount: number;
            /**
             * @description Entries executed, percent (e.g. `0.00%`).
             * @example 0.00%
             */
            contactExecuteRate: string;
            /**
             * Format: int32
             * @description Entries answered.
             * @example 0
             */
            contactRecordAnswerCount: number;
            /**
             * @description Entries answered, percent.
             * @example 0.00%
             */
            contactAnswerRate: string;
            /**
             * Format: int32
             * @description Outbound calls made.
             * @example 0
             */
            callDialCount: number;
            /**
             * Format: int32
             * @description Outbound calls answered.
             * @example 0
             */
            callAnswerCount: number;
            /**
             * @description Outbound calls answered, percent.
             * @example 0.00%
             */
            callAnswerRate: string;
            /**
             * Format: int32
             * @description Talk duration, seconds.
             * @example 0
             */
            callTalkDuration: number;
            /**
             * Format: int32
             * @description Average talk duration, seconds.
             * @example 0
             */
            averageCallTalkDuration: number;
        };
        /** @description Envelope with one page of outbound tasks. */
        OutboundTaskPageEnvelope: components["schemas"]["Envelope"] & {
            /** @description One page of outbound tasks. */
            data: components["schemas"]["PageTotalCount"] & {
                /** @description Outbound tasks of this page. */
                list: components["schemas"]["OutboundTask"][];
            };
        };
        /**
         * @description Customer phone number, 3 to 16 digits.
         * @example 18189672221
         */
        CustomerPhoneNumber: string;
        /**
         * @description Contact plans to create, one per customer phone number (50 at most).
         *     `scheduleEndTime` must be greater than `scheduleStartTime`. Times are "accurate in
         *     minutes": the vendor's own example is not minute-aligned, so seconds are accepted (the
         *     server ignores them) rather than rejected.
         */
        CreateContactPlansRequest: {
            /**
             * @description Contact plan name, 20 characters at most.
             * @example openApi-batch-plan-5
             */
            name: string;
            /**
             * @description Contact plan note, 200 characters at most.
             * @example test4444
             */
            bak?: string;
            /**
             * Format: int64
             * @description Start time, epoch milliseconds, accurate to the minute (e.g. 1663986420000 =
             *     2022-09-24 10:27:00 GMT+8). At most the end of year 9999 (a bound of ours, as for
             *     `EpochMillis`).
             * @example 1663986420000
             */
            scheduleStartTime: number;
            /**
             * Format: int64
             * @description Expiry time, epoch milliseconds, accurate to the minute. At most the end of year 9999 (a bound of ours).
             * @example 1664072820000
             */
            scheduleEndTime: number;
            /** @description Customer phone numbers, 50 at most per call. */
            customerPhoneNumberList: components["schemas"]["CustomerPhoneNumber"][];
            /**
             * @description Work number or id of the agent who executes the plans, as `agentType` says. At most 64 characters, a bound of ours.
             * @example 5001
             */
            executorId: string;
            /**
             * @description Work number or id of the agent who creates the plans, as `agentType` says. At most 64 characters, a bound of ours.
             * @example 5002
             */
            agentID: string;
            agentType?: components["schemas"]["AgentTypeCodeOrNull"];
            zoneId?: components["schemas"]["TimeZoneId"];
            /**
             * @description Display value of the time zone. At most 100 characters, a bound of ours.
             * @example GMT+08:00 Singapore
             */
            zoneValue?: string;
        };
        /** @description Envelope with the ids of the created contact plans. */
        ContactPlanIdsEnvelope: components["schemas"]["Envelope"] & {
            /** @description Contact plan ids. */
            data: string[];
        };
        /** @description Paging and optional operator of the published IVR flow list. */
        SearchIvrFlowsRequest: {
            currPage?: components["schemas"]["CurrPage"];
            /**
             * Format: int32
             * @description Page size, 10 by default, 50 at most (both the vendor's).
             * @default 10
             * @example 10
             */
            pageSize?: number;
            /**
             * @description Work number or id of the operating agent, as `agentType` says. At most 64 characters, a bound of ours.
             * @example 1111
             */
            operator?: string;
            agentType?: components["schemas"]["AgentTypeOrNull"];
        };
        /** @description A published IVR flow. */
        IvrFlow: {
            /**
             * @description Name of the flow.
             * @example test222
             */
            name: string;
            /**
             * @description Code of the flow.
             * @example 4445
             */
            code: string;
            /**
             * @description Remarks.
             * @example ssf
             */
            remarks?: string;
        };
        /** @description Envelope with one page of published IVR flows. */
        IvrFlowPageEnvelope: components["schemas"]["Envelope"] & {
            /** @description One page of published IVR flows. */
            data: components["schemas"]["PageTotal"] & {
                /** @description IVR flows of this page. */
                list: components["schemas"]["IvrFlow"][];
            };
        };
        /** @description Credentials proof for a company token. */
        CompanyTokenRequest: {
            /**
             * @description Always `token`.
             * @example token
             * @enum {string}
             */
            responseType: "token";
            /**
             * @description The company's app id. At most 64 characters, a bound of ours (the vendor states none).
             * @example 1c0e4c1c9c8d4f9b
             */
            appId: string;
            /**
             * Format: int64
             * @description Current time, epoch milliseconds; part of the signature. At most the end of year 9999 (a bound of ours, as for `EpochMillis`).
             * @example 1663986420000
             */
            currentTime: number;
            /**
             * @description Lowercase hex MD5 of `appId + currentTime + responseType + appSecret`. A secret.
             * @example 7c4a8d09ca3762af61e59520943dc264
             */
            sign: string;
        };
        /**
         * @description The access token. The vendor's pages name it `access_token` or `accessToken`: either one
         *     or the other is present and non-empty, so a body without a token (`{}`, or a failure
         *     envelope) does not validate.
         */
        CompanyTokenResponse: {
            /**
             * @description Always `token`.
             * @example token
             */
            response_type?: string;
            /**
             * @description The access token (a JWT). A secret.
             * @example eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl
             */
            access_token?: string;
            /**
             * @description The access token under the name one version of the vendor's page uses. A secret.
             * @example eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl
             */
            accessToken?: string;
        } & ({
            /** @description Not empty. */
            access_token: string;
        } | {
            /** @description Not empty. */
            accessToken: string;
        });
    };
    responses: {
        /**
         * @description The token request was refused (unknown `appId`, wrong `sign`, stale `currentTime`). The
         *     vendor documents neither the status nor the body of a refusal.
         */
        TokenRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The token is missing, invalid or expired (the only HTTP status the vendor documents). Obtain a new token and retry once. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
         *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
         *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
         *     among them, read an empty header so). The pattern and the 64-character limit are ours:
         *     the vendor states only "ZoneId".
         */
        TimezoneId: string;
        /**
         * @description Language of messages in the response, a language tag (`en`, `zh`, `zh-CN`, `th`). The
         *     server uses `en` when absent; an empty value counts as absent (HTTP servers, Prism among
         *     them, read an empty header so). The vendor names only `en`; Sobot's consoles offer more,
         *     so the value set is a well-formed language tag of at most 35 characters (BCP 47's
         *     longest common form), a rule of ours, rather than a list we cannot verify.
         */
        Language: string;
        /** @description A UUID chosen by the client, the same on every retry of one logical call, so that the server applies the call at most once. */
        IdempotencyKey: string;
        /**
         * @description The agent, named as `agentType` says (work number or UUID).
         * @example 1111
         */
        AgentQuery: components["schemas"]["AgentIdentifier"];
        /**
         * @description How `agent` names the agent.
         * @example 0
         */
        AgentTypeQuery: components["schemas"]["AgentType"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createCompanyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The app id, the current time and their signature (`sign`); the app secret itself is never sent. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyTokenRequest"];
            };
        };
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyTokenResponse"];
                };
            };
            "4XX": components["responses"]["TokenRejected"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAgentSetting: {
        parameters: {
            query: {
                /**
                 * @description The agent, named as `agentType` says (work number or UUID).
                 * @example 1111
                 */
                agent: components["parameters"]["AgentQuery"];
                /**
                 * @description How `agent` names the agent.
                 * @example 0
                 */
                agentType: components["parameters"]["AgentTypeQuery"];
            };
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's setting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSettingEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateAgentSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The agent (named as `agentType` says), its post-call wrap-up duration and, optionally, the extension and phone number to bind. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentSettingRequest"];
            };
        };
        responses: {
            /** @description The agent's setting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedAgentSettingEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    unbindAgentSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The agent (named as `agentType` says) and what to unbind from it (`numberType`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnbindAgentSettingRequest"];
            };
        };
        responses: {
            /** @description The agent's setting after unbinding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnboundAgentSettingEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchCallAgents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Optional filters (name, work number, skill group, extension, status); an absent body lists every agent with call permission. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchCallAgentsRequest"];
            };
        };
        responses: {
            /** @description The agents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallAgentListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchSkillGroups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Optional paging (`currPage`, `pageSize`); an absent body asks for the first page of 10. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PageRequest"];
            };
        };
        responses: {
            /** @description One page of skill groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillGroupPageEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createSkillGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
                /**
                 * @description Language of messages in the response, a language tag (`en`, `zh`, `zh-CN`, `th`). The
                 *     server uses `en` when absent; an empty value counts as absent (HTTP servers, Prism among
                 *     them, read an empty header so). The vendor names only `en`; Sobot's consoles offer more,
                 *     so the value set is a well-formed language tag of at most 35 characters (BCP 47's
                 *     longest common form), a rule of ours, rather than a list we cannot verify.
                 */
                language?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new skill group's number, name and optional weight. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSkillGroupRequest"];
            };
        };
        responses: {
            /** @description The created skill group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillGroupEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteSkillGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
                /**
                 * @description Language of messages in the response, a language tag (`en`, `zh`, `zh-CN`, `th`). The
                 *     server uses `en` when absent; an empty value counts as absent (HTTP servers, Prism among
                 *     them, read an empty header so). The vendor names only `en`; Sobot's consoles offer more,
                 *     so the value set is a well-formed language tag of at most 35 characters (BCP 47's
                 *     longest common form), a rule of ours, rather than a list we cannot verify.
                 */
                language?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The number of the skill group to delete (a JSON body on a `DELETE`, as the vendor sends it). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteSkillGroupRequest"];
            };
        };
        responses: {
            /** @description The skill group was deleted; `data` is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchSkillGroupMembers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
                /**
                 * @description Language of messages in the response, a language tag (`en`, `zh`, `zh-CN`, `th`). The
                 *     server uses `en` when absent; an empty value counts as absent (HTTP servers, Prism among
                 *     them, read an empty header so). The vendor names only `en`; Sobot's consoles offer more,
                 *     so the value set is a well-formed language tag of at most 35 characters (BCP 47's
                 *     longest common form), a rule of ours, rather than a list we cannot verify.
                 */
                language?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Optional skill group number and how agents are named in the answer (`agentType`). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchSkillGroupMembersRequest"];
            };
        };
        responses: {
            /** @description Skill groups with their members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillGroupMembersEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateSkillGroupMembers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
                /**
                 * @description Language of messages in the response, a language tag (`en`, `zh`, `zh-CN`, `th`). The
                 *     server uses `en` when absent; an empty value counts as absent (HTTP servers, Prism among
                 *     them, read an empty header so). The vendor names only `en`; Sobot's consoles offer more,
                 *     so the value set is a well-formed language tag of at most 35 characters (BCP 47's
                 *     longest common form), a rule of ours, rather than a list we cannot verify.
                 */
                language?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description One entry per skill group, with agents to add (or overwrite) and to remove, named as `agentType` says. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSkillGroupMembersRequest"];
            };
        };
        responses: {
            /** @description The changes as applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillGroupMembersUpdateEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchExtensions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Optional binding-status filter and paging; an absent body asks for the first page of 10. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchExtensionsRequest"];
            };
        };
        responses: {
            /** @description One page of extensions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionPageEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createExtension: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The agent the extension belongs to, the extension number and its password. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExtensionRequest"];
            };
        };
        responses: {
            /** @description The created extension. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedExtensionEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    importForbiddenNumbers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description A JSON array of forbidden-number entries (clients send chunks of `x-sobot-batch.maxItems`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForbiddenNumberImportRequest"];
            };
        };
        responses: {
            /** @description Import counts and per-row failure details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenNumberImportEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchRelayNumbers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
                /**
                 * @description Language of messages in the response, a language tag (`en`, `zh`, `zh-CN`, `th`). The
                 *     server uses `en` when absent; an empty value counts as absent (HTTP servers, Prism among
                 *     them, read an empty header so). The vendor names only `en`; Sobot's consoles offer more,
                 *     so the value set is a well-formed language tag of at most 35 characters (BCP 47's
                 *     longest common form), a rule of ours, rather than a list we cannot verify.
                 */
                language?: components["parameters"]["Language"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Optional statuses to include; absent or null means enabled numbers only. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchRelayNumbersRequest"];
            };
        };
        responses: {
            /** @description The relay numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelayNumberListEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createOutboundTask: {
        parameters: {
            query?: never;
            header: {
                /** @description A UUID chosen by the client, the same on every retry of one logical call, so that the server applies the call at most once. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new outbound task, with its creator, name, templates and schedule. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutboundTaskRequest"];
            };
        };
        responses: {
            /** @description The created task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOutboundTaskEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    importCallingList: {
        parameters: {
            query?: never;
            header: {
                /** @description A UUID chosen by the client, the same on every retry of one logical call, so that the server applies the call at most once. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The task (by `campaignId`, else `code`), the batch number, the duplicate, filter and assignment rules, and the entries to dial (clients send chunks of `x-sobot-batch.maxItems`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportCallingListRequest"];
            };
        };
        responses: {
            /** @description The import was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallingListImportEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCallingListImportResults: {
        parameters: {
            query?: never;
            header: {
                /** @description A UUID chosen by the client, the same on every retry of one logical call, so that the server applies the call at most once. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The importing agent, the task (by `campaignId`, else `code`), optionally the batch number, and paging. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallingListImportResultsRequest"];
            };
        };
        responses: {
            /** @description One page of import results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallingListImportResultPageEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchOutboundTasks: {
        parameters: {
            query?: never;
            header: {
                /** @description A UUID chosen by the client, the same on every retry of one logical call, so that the server applies the call at most once. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Filters (task code, creation window of at most 12 months, agent) and the required paging. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchOutboundTasksRequest"];
            };
        };
        responses: {
            /** @description One page of outbound tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundTaskPageEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createContactPlans: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Time-zone id in which times are interpreted and returned, as Java's `ZoneId` reads it:
                 *     an IANA region (`Asia/Singapore`), `Z` or an offset (`+08:00`, `GMT+08:00`). The server
                 *     uses Asia/Singapore when absent; an empty value counts as absent (HTTP servers, Prism
                 *     among them, read an empty header so). The pattern and the 64-character limit are ours:
                 *     the vendor states only "ZoneId".
                 */
                timezoneid?: components["parameters"]["TimezoneId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The plan name, schedule, executing and creating agents, and up to 50 customer phone numbers (one plan each). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactPlansRequest"];
            };
        };
        responses: {
            /** @description The ids of the created contact plans, one per phone number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPlanIdsEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    searchPublishedIvrFlows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Optional paging (at most 50 per page) and operating agent; an absent body asks for the first page of 10. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchIvrFlowsRequest"];
            };
        };
        responses: {
            /** @description One page of published IVR flows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrFlowPageEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Any other failure. The vendor documents no failure codes: a failure is any response
             *     whose HTTP status is not 2xx, or whose envelope `status` is not `"Success"` or
             *     `retCode` is not `"000000"`.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
