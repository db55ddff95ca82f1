// The bearer token lives in sessionStorage: this tab only, gone when it closes.
const tokenKey = "hotline.token";

export function token() {
  return sessionStorage.getItem(tokenKey);
}

export function saveToken(value) {
  sessionStorage.setItem(tokenKey, value);
}

export function forgetToken() {
  sessionStorage.removeItem(tokenKey);
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// A request to the API with the token; throws ApiError with the server's reason on failure.
export async function request(path, options = {}) {
  const headers = new Headers(options.headers ?? {});
  const current = token();
  if (current) {
    headers.set("Authorization", `Bearer ${current}`);
  }
  const response = await fetch(path, { ...options, headers });
  if (!response.ok) {
    throw new ApiError(response.status, await reason(response));
  }
  return response;
}

export async function getJson(path) {
  return (await request(path, { headers: { Accept: "application/json" } })).json();
}

// ProblemDetails (detail, title, validation errors) or a plain text body, else the status.
async function reason(response) {
  const text = await response.text();
  try {
    const problem = JSON.parse(text);
    if (problem.errors) {
      return Object.values(problem.errors).flat().join(" ");
    }
    return problem.detail ?? problem.title ?? response.statusText;
  } catch {
    if (text) {
      return text;
    }
    if (response.status === 401) {
      return "You are not signed in, or your token has expired.";
    }
    if (response.status === 403) {
      return "Your roles do not allow this.";
    }
    return `The server answered ${response.status} ${response.statusText}.`;
  }
}
