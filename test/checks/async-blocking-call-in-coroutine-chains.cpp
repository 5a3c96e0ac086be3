// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

// Blocking calls that a coroutine reaches through ordinary functions.

#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <string>
#include <thread>

using namespace std::chrono_literals;
namespace asio = boost::asio;
using asio::awaitable;

std::string read_file(const char *path) {
  std::this_thread::sleep_for(10ms);
  return path;
}
std::string load_config() { return read_file("app.conf"); }
int handle(int request) {
  load_config();
  return request;
}

awaitable<void> positiveChain() {
  handle(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'handle' inside coroutine 'positiveChain' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :21:3: note: 'handle' calls 'load_config' here
  // CHECK-NOTES: :19:36: note: 'load_config' calls 'read_file' here
  // CHECK-NOTES: :16:21: note: 'read_file' blocks in 'std::this_thread::sleep_for' here
  co_return;
}

int get_value(std::future<int> &f) { return f.get(); }
awaitable<int> positiveHelperCallsFutureGet(std::future<int> f) {
  co_return get_value(f);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: call to 'get_value' inside coroutine 'positiveHelperCallsFutureGet' blocks in 'std::future::get' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-4]]:47: note: 'get_value' blocks in 'std::future::get' here
}

// Mutual recursion terminates; the chain shown is the shortest.
int ping(int n);
int pong(int n) { return n ? ping(n - 1) : 0; }
int ping(int n) {
  if (n == 0)
    std::this_thread::sleep_for(1ms);
  return pong(n);
}
awaitable<void> positiveMutualRecursion() {
  pong(3);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'pong' inside coroutine 'positiveMutualRecursion' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-9]]:30: note: 'pong' calls 'ping' here
  // CHECK-NOTES: :[[@LINE-7]]:23: note: 'ping' blocks in 'std::this_thread::sleep_for' here
  co_return;
}

// The instantiation the coroutine calls is analyzed: the blocking branch is
// discarded for `int`.
template <typename T> T compute(T value) {
  if constexpr (sizeof(T) > 4)
    std::this_thread::sleep_for(1ms);
  return value;
}
awaitable<void> positiveTemplateInstantiation() {
  compute(1L);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'compute' inside coroutine 'positiveTemplateInstantiation' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-6]]:23: note: 'compute' blocks in 'std::this_thread::sleep_for' here
  co_return;
}
awaitable<void> negativeDiscardedConstexprBranch() {
  compute(1);
  co_return;
}

// Member functions; virtual calls only where the target is known.
struct Loader {
  void load() { std::this_thread::sleep_for(1ms); }
  virtual void reload() { std::this_thread::sleep_for(1ms); }
  virtual ~Loader() = default;
};
struct FinalLoader final : Loader {
  void reload() override { std::this_thread::sleep_for(1ms); }
};
awaitable<void> positiveMemberFunctions(Loader &loader, FinalLoader &final_loader) {
  loader.load();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: call to 'Loader::load' inside coroutine 'positiveMemberFunctions' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-10]]:35: note: 'Loader::load' blocks in 'std::this_thread::sleep_for' here
  final_loader.reload();
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: call to 'FinalLoader::reload' inside coroutine 'positiveMemberFunctions' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-8]]:46: note: 'FinalLoader::reload' blocks in 'std::this_thread::sleep_for' here
  loader.Loader::reload();
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: call to 'Loader::reload' inside coroutine 'positiveMemberFunctions' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-15]]:45: note: 'Loader::reload' blocks in 'std::this_thread::sleep_for' here
  co_return;
}
awaitable<void> negativeVirtualCallWithUnknownTarget(Loader &loader) {
  loader.reload();
  co_return;
}

// Constructors and destructors called implicitly: a std::jthread joins.
struct Config {
  Config() { load_config(); }
};
struct Worker {
  std::jthread thread;
};
awaitable<void> positiveConstructorsAndDestructors() {
  Config config;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: call to 'Config::Config' inside coroutine 'positiveConstructorsAndDestructors' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-8]]:14: note: 'Config::Config' calls 'load_config' here
  // CHECK-NOTES: :19:36: note: 'load_config' calls 'read_file' here
  // CHECK-NOTES: :16:21: note: 'read_file' blocks in 'std::this_thread::sleep_for' here
  std::jthread thread([] {});
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: destruction of 'thread' inside coroutine 'positiveConstructorsAndDestructors' blocks in 'std::jthread::~jthread' and stalls every task on its executor [async-blocking-call-in-coroutine]
  Worker worker;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: destruction of 'worker' inside coroutine 'positiveConstructorsAndDestructors' blocks in 'std::jthread::~jthread' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-13]]:8: note: 'Worker::~Worker' blocks in 'std::jthread::~jthread' here
  co_return;
}

// Lambdas defined and called in the coroutine are part of the chain.
awaitable<void> positiveLambdasCalledHere() {
  auto nap = [] { std::this_thread::sleep_for(1ms); };
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to the lambda inside coroutine 'positiveLambdasCalledHere' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-3]]:37: note: the lambda blocks in 'std::this_thread::sleep_for' here
  [] { get_value(*new std::future<int>); }();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to the lambda inside coroutine 'positiveLambdasCalledHere' blocks in 'std::future::get' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: the lambda calls 'get_value' here
  // CHECK-NOTES: :34:47: note: 'get_value' blocks in 'std::future::get' here
  co_return;
}

// A lambda run through a template that calls it inline is in the chain too.
template <typename F> void run_inline(F f) { f(); }
awaitable<void> positiveLambdaRunInline() {
  run_inline([] { handle(5); });
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'run_inline' inside coroutine 'positiveLambdaRunInline' blocks in 'std::this_thread::sleep_for' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-4]]:46: note: 'run_inline' calls the lambda here
  // CHECK-NOTES: :[[@LINE-3]]:19: note: the lambda calls 'handle' here
  // CHECK-NOTES: :21:3: note: 'handle' calls 'load_config' here
  // CHECK-NOTES: :19:36: note: 'load_config' calls 'read_file' here
  // CHECK-NOTES: :16:21: note: 'read_file' blocks in 'std::this_thread::sleep_for' here
  co_return;
}

//===--- Negative cases ---------------------------------------------------===//

// A helper that blocks, called only from main and from a thread.
void background_job() { load_config(); }
int main() {
  handle(0);
  std::thread(background_job).detach();
}

// Lambdas handed to something that runs them elsewhere.
awaitable<void> negativeLambdasRunElsewhere(asio::thread_pool &pool) {
  asio::post(pool, [] { handle(3); });
  std::thread([] { handle(4); }).detach();
  auto result = std::async(std::launch::async, [] { return handle(6); });
  (void)result;
  co_return;
}

// A lambda defined in the coroutine but never called there.
awaitable<void> negativeLambdaNotCalled() {
  auto later = [] { handle(7); };
  (void)later;
  co_return;
}

// Awaiting another coroutine does not block: the callee is reported on its
// own, at its blocking call.
awaitable<void> blockingCoroutine() {
  std::this_thread::sleep_for(1ms);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'blockingCoroutine' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, 1ms).async_wait(boost::asio::use_awaitable);
  co_return;
}
awaitable<void> negativeAwaitsCoroutine() {
  co_await blockingCoroutine();
}

// A recursive helper that never blocks.
int spin(int n) { return n ? spin(n - 1) : 0; }
awaitable<void> negativeRecursionWithoutBlocking() {
  spin(3);
  co_return;
}
