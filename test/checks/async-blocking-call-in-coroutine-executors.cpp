// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

// After the coroutine moved itself to another executor (`co_await
// concurrencpp::resume_on(background)`), it runs on a pool whose purpose is
// to block; so does a coroutine lambda spawned onto another executor.

#include <chrono>
#include <coroutine>
#include <fstream>
#include <thread>
#include <memory>
#include <string>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <concurrencpp/concurrencpp.h>
#include <inhouse/task.h>

using Pool = std::shared_ptr<concurrencpp::thread_pool_executor>;

concurrencpp::result<void> negativeAfterResumeOn(Pool Background,
                                                 std::string Path) {
  co_await concurrencpp::resume_on(Background);
  std::ifstream In(Path);
  {
    std::ofstream Out(Path + ".bak");
  }
}

// Another await in between: the coroutine may have moved on.
concurrencpp::result<void>
positiveAwaitAfterResumeOn(Pool Background, concurrencpp::result<void> Other,
                           std::string Path) {
  co_await concurrencpp::resume_on(Background);
  co_await std::move(Other);
  std::ifstream In(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking I/O call to 'std::basic_ifstream::basic_ifstream' inside coroutine 'positiveAwaitAfterResumeOn' stalls every task on its executor [async-blocking-call-in-coroutine]
}

// A hop that is not awaited moves nothing, and ends what the check knows.
concurrencpp::result<void> positiveResumeOnNotAwaited(Pool Background,
                                                      std::string Path) {
  co_await concurrencpp::resume_on(Background);
  concurrencpp::resume_on(Background);
  std::ofstream Out(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking I/O call to 'std::basic_ofstream::basic_ofstream' inside coroutine 'positiveResumeOnNotAwaited' stalls every task on its executor [async-blocking-call-in-coroutine]
}

concurrencpp::result<void> positiveBeforeResumeOn(Pool Background,
                                                  std::string Path) {
  std::ifstream In(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking I/O call to 'std::basic_ifstream::basic_ifstream' inside coroutine 'positiveBeforeResumeOn' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_await concurrencpp::resume_on(Background);
}

// A coroutine lambda spawned onto a pool runs there.
boost::asio::awaitable<void> negativeSpawnedOntoPool(boost::asio::thread_pool &Pool,
                                                     std::string Path) {
  co_await boost::asio::co_spawn(
      Pool,
      [Path]() -> boost::asio::awaitable<void> {
        std::ofstream Out(Path);
        co_return;
      },
      boost::asio::use_awaitable);
}

// Spawned onto the coroutine's own executor, it stalls that executor.
boost::asio::awaitable<void> positiveSpawnedOntoOwnExecutor(std::string Path) {
  auto Executor = co_await boost::asio::this_coro::executor;
  co_await boost::asio::co_spawn(
      Executor,
      [Path]() -> boost::asio::awaitable<void> {
        std::ofstream Out(Path);
        // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking I/O call to 'std::basic_ofstream::basic_ofstream' inside a coroutine lambda stalls every task on its executor [async-blocking-call-in-coroutine]
        co_return;
      },
      boost::asio::use_awaitable);
}

// A documented fallback: with no executor (the pointer the coroutine got by
// `co_await` is null), there is no executor to stall.
struct Executor;
struct CurrentExecutor {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  Executor *await_resume() const noexcept { return nullptr; }
};

acme::Task<void> negativeNoExecutorFallback(std::chrono::milliseconds Duration) {
  auto *Current = co_await CurrentExecutor{};
  if (!Current) {
    std::this_thread::sleep_for(Duration);
    co_return;
  }
  co_await acme::sleepFor(Duration);
}

acme::Task<void> positiveSleepWithExecutor(std::chrono::milliseconds Duration) {
  auto *Current = co_await CurrentExecutor{};
  if (Current != nullptr)
    std::this_thread::sleep_for(Duration);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveSleepWithExecutor' stalls every task on its executor [async-blocking-call-in-coroutine]
}
