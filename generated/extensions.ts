// Generated from lint/spectral/extensions/*.schema.js by `npm run generate` (openapi-typescript). Do not edit.
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * XSobotPaging
         * @description x-sobot-paging (docs/vendor-extensions.md): how a list operation pages. Whether it matches the operation's request and response is sobot-list-has-paging's to check.
         */
        readonly XSobotPaging: {
            /**
             * @description which page object data is; "none": a plain array, one call returns everything
             * @enum {string}
             */
            readonly shape: "total" | "totalCount" | "none";
            /** @description the request field of the page number */
            readonly pageParam?: string;
            /** @description the request field of the page size */
            readonly sizeParam?: string;
            /** @description the array field of data holding the page's items */
            readonly itemsField?: string;
            readonly defaultPageSize?: number;
            /**
             * @description "default": defaultPageSize is the project's choice, not the vendor's (absent: the vendor's)
             * @enum {string}
             */
            readonly defaultPageSizeSource?: "seed" | "default";
            readonly maxPageSize?: number;
        };
        /**
         * XSobotBatch
         * @description x-sobot-batch (docs/vendor-extensions.md): a bulk operation, which rows it takes and how many per call. Whether itemsPointer reaches an array and the limits agree with the schema is sobot-batch-metadata's to check.
         */
        readonly XSobotBatch: {
            /** @description JSON pointer to the rows in the request body ("" = the body itself) */
            readonly itemsPointer: string;
            /** @description rows per call */
            readonly maxItems: number;
            /**
             * @description "seed": the vendor states the limit; "default": ours
             * @enum {string}
             */
            readonly maxItemsSource: "seed" | "default";
            /** @description the operationId that reports each row's outcome */
            readonly resultOperation?: string;
        };
        /**
         * XSobotFieldRules
         * @description x-sobot-field-rules (docs/vendor-extensions.md): rules between two request fields that a schema cannot state.
         */
        readonly XSobotFieldRules: readonly {
            /** @description the rule's name in error messages */
            readonly rule: string;
            /**
             * @description endAfterStart: end is after start (or equal, with allowEqual); maxSpanMonths: end is at most `months` after start
             * @enum {string}
             */
            readonly kind: "endAfterStart" | "maxSpanMonths";
            /** @description the request field of the start */
            readonly start: string;
            /** @description the request field of the end */
            readonly end: string;
            readonly allowEqual?: boolean;
            readonly months?: number;
        }[];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
