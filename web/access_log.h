// One line per request on standard error: time, client, method, target, status, bytes and
// milliseconds. The clock starts when routing begins (requests httplib rejects before routing,
// such as malformed request lines, are logged with "-" for the time).
#pragma once
#include <httplib.h>

#include <string>

namespace news::web {

// The current time as the log lines write it: 2024-06-01T12:00:00Z.
std::string log_time();

// Marks the start of the current request on this thread.
void start_request_clock();

// The log line for a finished request (with its newline), and resets the clock.
std::string access_log_line(const httplib::Request& request, const httplib::Response& response);

// Writes access_log_line() to standard error in one write, so lines from threads never interleave.
void log_access(const httplib::Request& request, const httplib::Response& response);

}  // namespace news::web
