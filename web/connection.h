// One client connection as the connection loop (connection_loop.h) and the workers share it:
// what has come in, what is still to go out, and where it stands. One thread owns it at a time:
// the loop, or the worker answering its request (handed over through the worker pool, and back
// through the loop's queue of answered connections).
#pragma once
#include <chrono>
#include <string>

namespace news::web {

using Clock = std::chrono::steady_clock;

struct Connection {
  enum class State {
    kWaiting,    // over its client's connection limit: admitted or refused at the next check
    kReading,    // idle, or receiving a request head: the loop waits for bytes
    kAnswering,  // a worker has it
    kWriting,    // the rest of a response waits for the client to read it
    kClosing,    // answered for the last time: the loop reads and drops what the client still sends
  };

  int fd = -1;
  std::string client;  // the peer's address: per-client limit, logs
  int client_port = 0;
  std::string local;   // the address the client reached
  int local_port = 0;
  bool counted = false;  // counts toward its client's connections (refused ones do not)

  State state = State::kReading;
  Clock::time_point deadline;  // of the current state
  bool head_started = false;   // bytes of a request have come since the last response
  size_t answered = 0;         // requests answered on this connection

  std::string input;         // received, not yet consumed by a request
  std::string output;        // response bytes not yet sent
  size_t sent = 0;           // bytes of `output` sent
  bool close_after = false;  // no further request on this connection
  bool failed = false;       // the socket failed: close it, nothing more to send or read
};

enum class SendResult { kDone, kBlocked, kFailed };

// Sends what is left of c.output without waiting; once all is sent, empties it.
SendResult send_pending(Connection& c);

// Empties `buffer` and gives its memory back.
void release(std::string& buffer);

}  // namespace news::web
