// One mapping from what went wrong to an HTTP status, shared by the HTML pages and the API:
// bad parameters 400, unopenable database 503, anything else 500. The message is safe to show
// to a client; details that could reveal server paths go to the log only.
#pragma once
#include <exception>
#include <string>

namespace news::web {

struct HttpError {
  int status = 500;
  std::string message;
};

// Classifies `error` (a ParamError, DatabaseError, Xapian::Error or other exception) and logs
// the details of server-side failures to standard error.
HttpError classify_error(std::exception_ptr error);

}  // namespace news::web
