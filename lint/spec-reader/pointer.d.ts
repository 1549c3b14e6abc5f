// Types of ./pointer.js (plain JS so that Spectral can load it).
export declare function decodePointerSegment(segment: string): string;
export declare function encodePointerSegment(segment: string): string;
export declare function pointerSegments(pointer: string, options?: { uriFragment?: boolean }): string[];
