/** Where the embedded mock answers: `/authflow/auth/...` on the demo's own origin. */
export const MOCK_BASE_PATH = '/authflow';
