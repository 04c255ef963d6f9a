import { ArgError } from "./args";

/**
 * Runs a function body so that nothing but an Excel error value leaves it: a bad argument becomes #VALUE! with its
 * Vietnamese message, any other failure #VALUE! with a generic one (never raw exception text).
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    const message = e instanceof ArgError ? e.message : "Không tính được kết quả: dữ liệu đầu vào không hợp lệ.";
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}
