// newsweb: serves the news database as a search page and a JSON API.
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <thread>

#include "searcher/databases.h"
#include "searcher/searcher.h"
#include "web/server.h"
#include "web/server_options.h"

namespace {

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "newsweb: " << message << "\n";
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  news::web::ServerOptions options;
  try {
    bool help = false;
    options = news::web::parse_server_options(argc, argv, help);
    if (help) {
      std::cout << news::web::server_usage();
      return 0;
    }
  } catch (const news::web::UsageError& e) {
    std::cerr << "newsweb: " << e.message << "\nTry 'newsweb --help'.\n";
    return 2;
  }

  // SIGINT and SIGTERM are taken by a thread of their own (blocked here before any thread
  // starts, so the workers inherit the mask) and stop the server cleanly.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a client that hangs up must not end the server

  try {
    news::Analyzer analyzer;
    size_t articles = 0;
    {
      // Opened once here so that a missing database is reported now, not on the first request.
      news::Searcher probe(options.databases, analyzer);
      articles = probe.size();
    }
    news::web::WebServer server(options, analyzer);
    server.bind();
    std::cout << "newsweb: serving " << articles << " articles at " << server.url() << std::endl;

    std::thread([&server, stop_signals] {
      int signal_number = 0;
      sigwait(&stop_signals, &signal_number);
      server.stop();
    }).detach();
    if (!server.run()) fail("the server stopped because of an error");
    std::cerr << "newsweb: stopped\n";
    return 0;
  } catch (const news::DatabaseError& e) {
    fail(e.what());
  } catch (const news::web::ListenError& e) {
    fail(e.what());
  } catch (const Xapian::Error& e) {
    fail(e.get_description());
  } catch (const std::exception& e) {
    fail(e.what());
  }
}
