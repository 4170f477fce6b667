export declare const TESTED_MAJORS: number[];
export declare function cacheDir(env?: NodeJS.ProcessEnv): string;
export declare function nodeBinary(major: number, env?: NodeJS.ProcessEnv): string;
