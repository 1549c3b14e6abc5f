// The table of the project's own Spectral rules: for each, the documents that must fail it,
// with exactly the findings expected (path, and a fragment of the message), and what the one
// valid document (fixtures/valid.yaml), which must pass them all, shows of the rule.
// rules.test.ts runs it; ruleset.test.ts checks that every rule of the ruleset has a row.

export type Expected = readonly (readonly [path: string, messageFragment: string])[];

export interface FailingDocument {
  /** what the document does wrong, as the test title */
  flags: string;
  /** under test/lint/fixtures */
  fixture: string;
  /** every finding of the rule on it, nothing more: the fine cases inside it are proven silent */
  expected: Expected;
}

export interface RuleCase {
  /** what of the rule valid.yaml exercises (it must raise no finding) */
  passes: string;
  fail: readonly FailingDocument[];
}

export const RULE_CASES: Readonly<Record<string, RuleCase>> = {
  'sobot-batch-metadata': {
    passes: 'pointer into the body, body itself as the array',
    fail: [
      {
        flags: 'missing and unwanted batch metadata, a pointer to no array, an unknown result operation and limits that disagree with the schema (its shape is sobot-extension-shape\'s)',
        fixture: 'sobot-batch-metadata.fail.yaml',
        expected: [
          ['paths./default-exceeds-schema.post.x-sobot-batch.maxItems', 'exceeds the array schema\'s maxItems 5'],
          ['paths./limits-disagree.post.x-sobot-batch.maxItems', 'must declare `maxItems: 50` (it has 100)'],
          ['paths./malformed.post.x-sobot-batch.itemsPointer', '"/name" does not point at an array'],
          ['paths./malformed.post.x-sobot-batch.resultOperation', '"getNothing" is not an operationId'],
          ['paths./missing.post', 'bulk operation "importForbiddenNumbers" lacks'],
          ['paths./not-a-bulk-operation.post.x-sobot-batch', 'only for the bulk operations'],
        ],
      },
    ],
  },
  'sobot-either-or-schema': {
    passes: 'no either-or in its prose',
    fail: [
      {
        flags: 'an either-or stated in prose that the schema does not state, directly or through allOf',
        fixture: 'sobot-either-or-schema.fail.yaml',
        expected: [
          ['components.schemas.NoAlternatives', 'its description states an either-or, but the schema has no anyOf/oneOf'],
          ['components.schemas.OneAlternativeOnly', 'its description states an either-or, but the schema has no anyOf/oneOf whose alternatives each require a field'],
          ['components.schemas.PropertyStatesIt', 'the description of "code" states an either-or, but the schema has no anyOf/oneOf'],
          ['components.schemas.WrongFieldRequired.properties.code', 'no anyOf/oneOf alternative requires "code"'],
        ],
      },
    ],
  },
  'sobot-enum-described': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'unexplained, misaligned or blank enum descriptions and bad varnames',
        fixture: 'sobot-enum-described.fail.yaml',
        expected: [
          ['components.schemas.Thing.properties.badNames.x-enum-varnames.1', '`x-enum-varnames[1]` must be a unique identifier'],
          ['components.schemas.Thing.properties.blank.x-enum-descriptions.1', '`x-enum-descriptions[1]` must be a non-empty string'],
          ['components.schemas.Thing.properties.orphan.x-enum-descriptions', 'without an `enum`'],
          ['components.schemas.Thing.properties.short.x-enum-descriptions', 'has 2 entries for 3 enum value(s)'],
          ['components.schemas.Thing.properties.shortNames.x-enum-varnames', 'must have 2 entries'],
          ['paths./things.get.parameters.0.schema.enum', 'enum of 2 value(s) has no `x-enum-descriptions`'],
        ],
      },
    ],
  },
  'sobot-envelope-failure': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a missing 401 and failure responses not carrying the ErrorEnvelope',
        fixture: 'sobot-envelope-failure.fail.yaml',
        expected: [
          ['paths./inline-default.get.responses.default.content.application/json.schema', 'must be `$ref: \'#/components/schemas/ErrorEnvelope\'`'],
          ['paths./missing-401.get.responses', 'response "401" is missing'],
          ['paths./wrong-shared.get.responses.401', 'must be `$ref: \'#/components/schemas/ErrorEnvelope\'`'],
          ['paths./wrong-shared.get.responses.default', 'has no content'],
        ],
      },
    ],
  },
  'sobot-envelope-success': {
    passes: 'inline allOf, named envelope schema, token op exempt',
    fail: [
      {
        flags: 'success responses that are not the Envelope with a required object `data`',
        fixture: 'sobot-envelope-success.fail.yaml',
        // A shared response is reported where the operation refers to it.
        expected: [
          ['paths./bare-object.get.responses.200.content.application/json.schema', 'schema must be `allOf'],
          ['paths./data-not-required.get.responses.200.content.application/json.schema', 'must be `type: object`'],
          ['paths./data-not-required.get.responses.200.content.application/json.schema', 'must list "data" in `required`'],
          ['paths./no-content.get.responses.200', 'has no content'],
          ['paths./no-envelope-ref.get.responses.200.content.application/json.schema', 'allOf must include `$ref: \'#/components/schemas/Envelope\'`'],
          ['paths./no-success.get.responses', 'no 2xx response'],
          ['paths./shared-response.get.responses.200', 'schema must be `allOf'],
        ],
      },
    ],
  },
  'sobot-example-properties-declared': {
    passes: 'envelope allOf examples, generic page items narrowed by allOf',
    fail: [
      {
        flags: 'undeclared keys at any depth, in inline and shared ($ref) examples; open schemas accept any key',
        fixture: 'sobot-example-properties-declared.fail.yaml',
        // A shared example is reported where it is written.
        expected: [
          ['components.examples.SharedAgentList.value.data.0.age', 'property "age" is not declared'],
          ['paths./envelope.get.responses.200.content.application/json.examples.inline.value.data.1.nmae', 'property "nmae" is not declared'],
          ['paths./envelope.get.responses.200.content.application/json.examples.inline.value.retMsg', 'property "retMsg" is not declared'],
          ['paths./open.post.requestBody.content.application/json.examples.wrong.value.either.z', 'property "z" is not declared'],
        ],
      },
    ],
  },
  'sobot-extension-shape': {
    passes: 'every x-sobot-paging, x-sobot-batch and x-sobot-field-rules of the canonical document',
    fail: [
      {
        flags: 'x-sobot-paging values that break lint/spectral/extensions/x-sobot-paging.schema.js',
        fixture: 'sobot-list-has-paging.fail.yaml',
        expected: [
          ['paths./malformed.post.x-sobot-paging', 'must have required property "sizeParam"'],
          ['paths./malformed.post.x-sobot-paging', 'must match "else" schema'],
          ['paths./malformed.post.x-sobot-paging', 'Property "pageSizeMax" is not expected to be here'],
          ['paths./malformed.post.x-sobot-paging.defaultPageSize', '"defaultPageSize" property must be >= 1'],
          ['paths./none-on-page-object.post.x-sobot-paging', 'must match "then" schema'],
          ['paths./none-on-page-object.post.x-sobot-paging', 'must not have more than 1 properties'],
          ['paths./unknown-default-source.get.x-sobot-paging.defaultPageSizeSource', 'must be equal to one of the allowed values: "seed", "default"'],
          ['paths./unknown-shape.post.x-sobot-paging', 'must have required property "defaultPageSize"'],
          ['paths./unknown-shape.post.x-sobot-paging', 'must have required property "itemsField"'],
          ['paths./unknown-shape.post.x-sobot-paging', 'must have required property "pageParam"'],
          ['paths./unknown-shape.post.x-sobot-paging', 'must have required property "sizeParam"'],
          ['paths./unknown-shape.post.x-sobot-paging', 'must match "else" schema'],
        ],
      },
      {
        flags: 'x-sobot-batch values that break lint/spectral/extensions/x-sobot-batch.schema.js',
        fixture: 'sobot-batch-metadata.fail.yaml',
        expected: [
          ['paths./malformed.post.x-sobot-batch', 'Property "chunk" is not expected to be here'],
          ['paths./malformed.post.x-sobot-batch.maxItems', '"maxItems" property must be >= 1'],
        ],
      },
    ],
  },
  'sobot-failure-example-specific': {
    passes: 'one failure example per operation, naming its request fields; a shared 401',
    fail: [
      {
        flags: 'failure examples shared between operations and messages that name none of the operation\'s request fields',
        fixture: 'sobot-failure-example-specific.fail.yaml',
        expected: [
          ['paths./plans.post.responses.400.content.application/json.examples.noMessage', 'has no string `message` saying what failed'],
          ['paths./plans.post.responses.400.content.application/json.examples.substring', '"timezoneidentifier missing" names none of createContactPlans\'s request fields'],
          ['paths./plans.post.responses.400.content.application/json.examples.unrelated', '"queueID already exists" names none of createContactPlans\'s request fields (timezoneid, customerPhoneNumberList)'],
          ['paths./plans.post.responses.422', 'comes from #/components/examples/Shared, which searchPublishedIvrFlows also use'],
          ['paths./ivr.post.responses.422', 'comes from #/components/examples/Shared, which createContactPlans also use'],
          ['paths./queue.post.responses.default', 'comes from #/components/responses/Failure, which searchOutboundTasks also use'],
          ['paths./tasks.post.responses.default', 'comes from #/components/responses/Failure, which createSkillGroup also use'],
        ],
      },
    ],
  },
  'sobot-idempotency-key-header': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'outbound-task operations without the required shared header, and other operations with it',
        fixture: 'sobot-idempotency-key-header.fail.yaml',
        expected: [
          ['paths./inline-optional.post.parameters.0', 'must be `$ref: \'#/components/parameters/IdempotencyKey\'`'],
          ['paths./inline-optional.post.parameters.0', 'must have `required: true`'],
          ['paths./missing.post', 'operation "createOutboundTask" must offer header "Idempotency-Key"'],
          ['paths./not-an-outbound-task.post.parameters.0', 'operation "searchSkillGroups" must not offer'],
        ],
      },
    ],
  },
  'sobot-idempotent-matches-header': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a missing or non-boolean flag and one that disagrees with the Idempotency-Key header',
        fixture: 'sobot-idempotent-matches-header.fail.yaml',
        expected: [
          ['paths./false-with-header.post.x-sobot-idempotent', 'must be true: the operation takes the "Idempotency-Key" header'],
          ['paths./missing.post', '`x-sobot-idempotent` is missing'],
          ['paths./not-boolean.post.x-sobot-idempotent', 'must be a boolean'],
          ['paths./true-without-header.post.x-sobot-idempotent', 'must be false: the operation does not take'],
        ],
      },
    ],
  },
  'sobot-language-header': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a missing, unwanted, inline or required language header',
        fixture: 'sobot-language-header.fail.yaml',
        expected: [
          ['paths./inline-required.post.parameters.0', 'must be `$ref: \'#/components/parameters/Language\'`'],
          ['paths./inline-required.post.parameters.0', 'must have `required: false`'],
          ['paths./missing.post', 'operation "searchRelayNumbers" must offer header "language"'],
          ['paths./not-offered-by-seed.post.parameters.0', 'operation "searchSkillGroups" must not offer'],
        ],
      },
    ],
  },
  'sobot-list-has-paging': {
    passes: 'both page shapes, a plain array, paging by body or $ref',
    fail: [
      {
        flags: 'list operations without paging, paging on non-lists, and paging that misdescribes the operation or whose default page size is not marked as ours',
        fixture: 'sobot-list-has-paging.fail.yaml',
        expected: [
          ['paths./array-without-paging.post', 'list operation "searchB" lacks'],
          ['paths./none-on-page-object.post.x-sobot-paging.shape', 'requires `data` to be an array'],
          ['paths./page-shape-on-plain-array.get.x-sobot-paging.shape', 'plain array: use shape "none"'],
          ['paths./page-without-paging.post', 'list operation "searchA" lacks'],
          ['paths./paging-on-non-list.post.x-sobot-paging', 'only for list operations'],
          ['paths./wrong-shape-and-request.post.x-sobot-paging.defaultPageSize', 'differs from pageSize.default 10'],
          ['paths./wrong-shape-and-request.post.x-sobot-paging.itemsField', '`data.items` (itemsField) must be an array'],
          ['paths./wrong-shape-and-request.post.x-sobot-paging.maxPageSize', 'differs from pageSize.maximum 50'],
          ['paths./wrong-shape-and-request.post.x-sobot-paging.pageParam', 'pageParam "page" is not a request body property or query parameter'],
          ['paths./wrong-shape-and-request.post.x-sobot-paging.shape', 'requires `data` fields: totalCount, totalPage'],
          ['paths./vendor-default-undeclared.get.x-sobot-paging.defaultPageSize', 'so pageSize must declare it as its `default`'],
          ['paths./own-default-declared-as-vendors.get.x-sobot-paging.defaultPageSizeSource', 'yet pageSize.default is 50'],
        ],
      },
    ],
  },
  'sobot-media-examples': {
    passes: 'inline and $ref examples',
    fail: [
      {
        flags: 'missing, single, empty and value-less examples; $ref and externalValue are fine',
        fixture: 'sobot-media-examples.fail.yaml',
        expected: [
          ['components.responses.Failure.content.application/json.examples.broken', 'example "broken" has no `value`'],
          ['paths./things.post.requestBody.content.application/json', '`examples` is missing'],
          ['paths./things.post.responses.200.content.application/json.example', 'use named `examples`'],
          ['paths./things.post.responses.400.content.application/json.examples', 'has 0 entries'],
        ],
      },
    ],
  },
  'sobot-operation-destructive-flag': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a write without the flag, a non-boolean, a removing verb/method/listed operation said additive, and a read said destructive',
        fixture: 'sobot-operation-destructive-flag.fail.yaml',
        expected: [
          ['paths./delete-method-marked-additive.delete.x-sobot-destructive', 'must be true: HTTP DELETE removes'],
          ['paths./listed-marked-additive.post.x-sobot-destructive', 'must be true: updateSkillGroupMembers is listed as destructive'],
          ['paths./missing.post', '`x-sobot-destructive` is missing: a write must say'],
          ['paths./not-boolean.post.x-sobot-destructive', 'must be a boolean'],
          ['paths./safe-marked-destructive.post.x-sobot-destructive', 'must not be true: the operation is `x-sobot-safe`'],
          ['paths./unbind-marked-additive.post.x-sobot-destructive', 'must be true: verb "unbind" removes'],
        ],
      },
    ],
  },
  'sobot-operation-documented': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a missing summary and an empty description',
        fixture: 'sobot-operation-documented.fail.yaml',
        expected: [
          ['paths./empty-description.get.description', 'description is missing or empty'],
          ['paths./no-summary.get', 'summary is missing or empty'],
        ],
      },
    ],
  },
  'sobot-operation-id': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a missing, unknown-verb, non-lowerCamel or verb-only operationId',
        fixture: 'sobot-operation-id.fail.yaml',
        expected: [
          ['paths./missing.get', 'must be truthy'],
          ['paths./snake.get.operationId', '"get_agents" must match'],
          ['paths./unknown-verb.get.operationId', '"fetchAgents" must match'],
          ['paths./upper-camel.get.operationId', '"GetAgents" must match'],
          ['paths./verb-only.get.operationId', '"search" must match'],
        ],
      },
    ],
  },
  'sobot-operation-safe-flag': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a missing or non-boolean flag and one that contradicts the verb, the HTTP method or the safe-operation list',
        fixture: 'sobot-operation-safe-flag.fail.yaml',
        expected: [
          ['paths./create-marked-safe.post.x-sobot-safe', 'must be false: verb "create" writes'],
          ['paths./get-method-marked-unsafe.get.x-sobot-safe', 'must be true: HTTP GET is safe'],
          ['paths./missing.post', '`x-sobot-safe` is missing'],
          ['paths./not-boolean.post.x-sobot-safe', 'must be a boolean'],
          ['paths./search-marked-unsafe.post.x-sobot-safe', 'must be true: verb "search" only reads'],
          ['paths./token-marked-unsafe.post.x-sobot-safe', 'must be true: createCompanyToken is listed as safe whatever its verb'],
        ],
      },
    ],
  },
  'sobot-operation-secured': {
    passes: 'global SobotToken, token operation opts out',
    fail: [
      {
        flags: 'unsecured operations, optional auth, other schemes and a token operation without `security: []`',
        fixture: 'sobot-operation-secured.fail.yaml',
        expected: [
          ['paths./opted-out.get.security', 'missing or empty'],
          ['paths./optional-auth.get.security.1', 'is empty, which makes authentication optional'],
          ['paths./other-scheme.get.security.0', 'does not include "SobotToken"'],
          ['paths./tokens/company.post', 'must declare `security: []`'],
          ['paths./unsecured.get', 'missing or empty'],
        ],
      },
    ],
  },
  'sobot-operation-tag': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'missing, multiple, unknown and misused reserved tags',
        fixture: 'sobot-operation-tag.fail.yaml',
        expected: [
          ['paths./empty-tags.get.tags', 'exactly one tag, has 0'],
          ['paths./no-tags.get', 'exactly one tag, has 0'],
          ['paths./reserved-tag.get.tags.0', '"Authentication" is reserved for createCompanyToken'],
          ['paths./tokens/company.post.tags.0', 'must be tagged "Authentication", not "Agents"'],
          ['paths./two-tags.get.tags', 'exactly one tag, has 2'],
          ['paths./unknown-tag.get.tags.0', 'tag "Misc" is not one of'],
        ],
      },
    ],
  },
  'sobot-parameter-described': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'undescribed parameters (component, path-item, operation) and response headers',
        fixture: 'sobot-parameter-described.fail.yaml',
        expected: [
          ['components.parameters.Shared', 'parameter "shared" has no description'],
          ['paths./things/{id}.get.parameters.1', 'parameter "q" has no description'],
          ['paths./things/{id}.get.responses.200.headers.X-Trace', 'header "X-Trace" has no description'],
          ['paths./things/{id}.parameters.0', 'parameter "id" has no description'],
        ],
      },
    ],
  },
  'sobot-property-described': {
    passes: 'a bare $ref property counts its target description',
    fail: [
      {
        flags: 'undescribed properties wherever they are defined, once each',
        fixture: 'sobot-property-described.fail.yaml',
        expected: [
          ['components.schemas.Agent.properties.ext', 'property "ext" has no description'],
          ['components.schemas.Agent.properties.kind', 'refers to #/components/schemas/Undescribed, which has no description'],
          ['paths./inline.post.requestBody.content.application/json.schema.properties.rows.items.properties.phone', 'property "phone"'],
          ['paths./inline.post.responses.200.content.application/json.schema.allOf.1.properties.data', 'property "data"'],
        ],
      },
    ],
  },
  'sobot-request-bounded': {
    passes: 'every request value bounded, a UUID marked open with its reason',
    fail: [
      {
        flags: 'unbounded request strings, numbers and arrays where written, once each, and an exemption without a reason; never a response',
        fixture: 'sobot-request-bounded.fail.yaml',
        // a shared schema is reported once, where it is written
        expected: [
          ['components.parameters.Trace.schema', 'request string (sent by createThing) is unbounded: give it maxLength, pattern, enum, const'],
          ['components.schemas.Shared.properties.label', 'request string (sent by createThing) is unbounded'],
          ['paths./create.post.requestBody.content.application/json.schema.anyOf.0.properties.code', 'request string (sent by createThing) is unbounded'],
          ['paths./create.post.requestBody.content.application/json.schema.properties.count', 'request integer (sent by createThing) is unbounded: give it maximum, exclusiveMaximum, enum, const'],
          ['paths./create.post.requestBody.content.application/json.schema.properties.lazy.x-sobot-unbounded', '`x-sobot-unbounded` must give the reason as a non-empty string'],
          ['paths./create.post.requestBody.content.application/json.schema.properties.name', 'request string (sent by createThing) is unbounded'],
          ['paths./create.post.requestBody.content.application/json.schema.properties.tags', 'request array (sent by createThing) is unbounded: give it maxItems'],
          ['paths./create.post.requestBody.content.application/json.schema.properties.tags.items', 'request string (sent by createThing) is unbounded'],
          ['paths./create.post.parameters.2.schema', 'request string (sent by createThing) is unbounded'],
        ],
      },
    ],
  },
  'sobot-sdk-method': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a missing name, a name that is no identifier, a name taken twice in one tag or in two tags of one group, and two operationIds giving one command and tool',
        fixture: 'sobot-sdk-method.fail.yaml',
        expected: [
          ['paths./missing.post', '`x-sobot-sdk-method` is missing'],
          ['paths./not-an-identifier.post.x-sobot-sdk-method', 'must be a lowerCamelCase identifier'],
          ['paths./same-name-same-tag.post.x-sobot-sdk-method', 'already used in tag "Numbers" by searchC'],
          ['paths./same-group-dashed.post.x-sobot-sdk-method', 'already used by searchF, whose tag "Skill groups" gives the same group as "skill-groups" (sobot.skillGroups.list)'],
          ['paths./one-command-second.post.operationId', 'getIVRFlow and getIvrFlow would both get the CLI command get-ivr-flow'],
          ['paths./one-command-second.post.operationId', 'getIVRFlow and getIvrFlow would both get the MCP tool get_ivr_flow'],
        ],
      },
    ],
  },
  'sobot-security-scheme': {
    passes: 'the canonical document',
    fail: [
      {
        flags: 'a SobotToken that is not the apiKey Authorization header',
        fixture: 'sobot-security-scheme.fail.yaml',
        expected: [
          ['components.securitySchemes.SobotToken', 'SobotToken'],
        ],
      },
      {
        flags: 'a document without security schemes',
        fixture: 'sobot-security-scheme-missing.fail.yaml',
        expected: [
          ['', '"securitySchemes" property must exist'],
        ],
      },
    ],
  },
  'sobot-timezone-header': {
    passes: 'operation and path-item level $refs, createExtension without it',
    fail: [
      {
        flags: 'missing, unwanted, inline and required timezoneid headers',
        fixture: 'sobot-timezone-header.fail.yaml',
        expected: [
          ['paths./inline-copy.post.parameters.0', 'must be `$ref: \'#/components/parameters/TimezoneId\'`'],
          ['paths./missing.get', 'operation "getAgentSetting" must offer header "timezoneid"'],
          ['paths./not-offered-by-seed.post.parameters.0', 'operation "createExtension" must not offer'],
          ['paths./required.parameters.0', 'must have `required: false`'],
        ],
      },
    ],
  },
};
