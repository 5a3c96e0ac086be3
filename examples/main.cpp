// main.cpp - wires the fake upstream and the aggregator together.
#include "quote_service.hpp"

#include <thread>

int main() {
  namespace asio = boost::asio;
  quotes::UpstreamStatus status;

  // The fake upstream gets its own io_context and thread, like a separate service.
  asio::io_context upstream_ctx;
  std::thread upstream_thread([&] { quotes::run_fake_upstream(upstream_ctx, status); });

  asio::io_context ctx;
  asio::co_spawn(ctx, quotes::run_aggregator(status), quotes::report_error);
  ctx.run();  // returns once every coroutine on ctx has finished

  upstream_ctx.stop();
  upstream_thread.join();
  return 0;
}
