// What a worker does with a connection whose request head has come in whole: httplib parses,
// routes and answers it as ever (routes, hooks, errors, access log), but over a stream that reads
// the head already received and gathers the response in memory. The response then goes out as
// far as the socket takes it without waiting; the connection loop sends the rest. So a worker
// never waits for a client, whatever its pace.
#pragma once
#include <httplib.h>

#include "web/connection.h"

namespace news::web {

class RequestAnswerer : public httplib::Server {
 public:
  // Answers the request at the front of c.input (head_state() kComplete or kUnusable) and
  // consumes it; sets c.close_after (`last`: the connection's last request, the client did not
  // ask to keep it, the request was malformed or came with a body, which is never read) and
  // c.failed; leaves in c.output what the socket did not take.
  void answer(Connection& c, bool last);
};

}  // namespace news::web
