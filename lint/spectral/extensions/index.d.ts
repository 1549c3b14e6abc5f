// Types of ./index.js: each schema is a draft-07 JSON Schema object.
export declare const EXTENSION_SCHEMAS: Readonly<Record<'x-sobot-paging' | 'x-sobot-batch' | 'x-sobot-field-rules', Record<string, unknown> & { title: string }>>;
