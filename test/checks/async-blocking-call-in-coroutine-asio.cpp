// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <thread>
// The sleep's and the token's headers are inserted (use_awaitable.hpp once).
// CHECK-FIXES: #include <boost/asio.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/steady_timer.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/this_coro.hpp>
// CHECK-FIXES-NEXT: #include <boost/asio/use_awaitable.hpp>
// CHECK-FIXES-NEXT: #include <chrono>

using namespace std::chrono_literals;
namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> positiveSleepInAsioCoroutine() {
  std::this_thread::sleep_for(100ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveSleepInAsioCoroutine' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, 100ms).async_wait(boost::asio::use_awaitable);
  co_return;
}

awaitable<int> positiveFutureGet(std::future<int> result) {
  int value = result.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking call to 'std::future::get' inside coroutine 'positiveFutureGet' stalls every task on its executor [async-blocking-call-in-coroutine]
  result.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'std::future::wait' inside coroutine 'positiveFutureGet' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return value;
}

awaitable<void> positiveSyncSocketRead(asio::ip::tcp::socket &socket) {
  char data[64];
  std::size_t n = socket.read_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking call to 'boost::asio::basic_stream_socket::read_some' inside coroutine 'positiveSyncSocketRead' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: std::size_t n = co_await socket.async_read_some(asio::buffer(data), boost::asio::use_awaitable);
  asio::write(socket, asio::buffer(data, n));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::write' inside coroutine 'positiveSyncSocketRead' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await asio::async_write(socket, asio::buffer(data, n), boost::asio::use_awaitable);
  co_return;
}

awaitable<void> positiveTimerWaitAndRun(asio::steady_timer &timer,
                                        asio::io_context &context) {
  timer.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'boost::asio::basic_waitable_timer::wait' inside coroutine 'positiveTimerWaitAndRun' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await timer.async_wait(boost::asio::use_awaitable);
  context.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'boost::asio::io_context::run' inside coroutine 'positiveTimerWaitAndRun' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

awaitable<void> positiveThreadJoin(std::thread &worker) {
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'std::thread::join' inside coroutine 'positiveThreadJoin' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return;
}

// A sleep inside a catch handler: `co_await` is ill-formed there, so no fix.
awaitable<void> positiveSleepInHandlerHasNoFix() {
  try {
    co_await asio::post(asio::use_awaitable);
  } catch (...) {
    std::this_thread::sleep_for(1s);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveSleepInHandlerHasNoFix' stalls every task on its executor [async-blocking-call-in-coroutine]
    // CHECK-MESSAGES: :[[@LINE-2]]:23: note: replace with an awaitable sleep, such as 'co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, 1s).async_wait(boost::asio::use_awaitable)'
  }
}

// A sub-millisecond duration does not convert to every library's sleep: no fix.
awaitable<void> positiveMicrosecondSleepHasNoFix() {
  std::this_thread::sleep_for(std::chrono::microseconds(250));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveMicrosecondSleepHasNoFix' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: replace with an awaitable sleep, such as 'co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::microseconds(250)).async_wait(boost::asio::use_awaitable)'
  co_return;
}

// Coroutine lambdas are coroutines too.
auto positiveCoroutineLambda = []() -> awaitable<void> {
  std::this_thread::sleep_for(5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside a coroutine lambda stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, 5ms).async_wait(boost::asio::use_awaitable);
  co_return;
};

// Member coroutines.
struct Session {
  awaitable<void> positiveMemberCoroutine() {
    std::this_thread::sleep_for(std::chrono::seconds(2));
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'Session::positiveMemberCoroutine' stalls every task on its executor [async-blocking-call-in-coroutine]
    // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::seconds(2)).async_wait(boost::asio::use_awaitable);
    co_return;
  }
};

// A template is reported once, however many times it is instantiated; the
// call on a dependent object is found in the instantiations.
template <typename T>
awaitable<T> positiveTemplate(std::future<T> result) {
  co_return result.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'std::future::get' inside coroutine 'positiveTemplate' stalls every task on its executor [async-blocking-call-in-coroutine]
}
template awaitable<int> positiveTemplate(std::future<int>);
template awaitable<long> positiveTemplate(std::future<long>);

// In a macro: reported at the expansion, never fixed.
#define NAP() std::this_thread::sleep_for(10ms)
awaitable<void> positiveMacroHasNoFix() {
  NAP();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'positiveMacroHasNoFix' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: replace with an awaitable sleep, such as 'co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, duration).async_wait(boost::asio::use_awaitable)'
  co_return;
}

// The awaitable forms of accept(), connect(ep) and read_some are mechanical;
// the overloads that report through an error_code& are not rewritten.
awaitable<void> positiveAwaitableRewrites(asio::ip::tcp::acceptor &acceptor,
                                          asio::ip::tcp::socket &socket,
                                          asio::ip::tcp::endpoint endpoint) {
  auto peer = acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: blocking call to 'boost::asio::basic_socket_acceptor::accept' inside coroutine 'positiveAwaitableRewrites' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: auto peer = co_await acceptor.async_accept(boost::asio::use_awaitable);
  socket.connect(endpoint);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'boost::asio::basic_stream_socket::connect' inside coroutine 'positiveAwaitableRewrites' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await socket.async_connect(endpoint, boost::asio::use_awaitable);
  char data[8];
  boost::system::error_code error;
  socket.read_some(asio::buffer(data), error);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'boost::asio::basic_stream_socket::read_some' inside coroutine 'positiveAwaitableRewrites' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: socket.read_some(asio::buffer(data), error);
  std::size_t size = asio::read(socket, asio::buffer(data)) + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: blocking call to 'boost::asio::read' inside coroutine 'positiveAwaitableRewrites' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: std::size_t size = co_await asio::async_read(socket, asio::buffer(data), boost::asio::use_awaitable) + 1;
  (void)size;
  co_return;
}

//===--- Negative cases ---------------------------------------------------===//

// Not a coroutine: blocking is this function's business.
void negativeOrdinaryFunction(std::future<int> &result) {
  std::this_thread::sleep_for(1s);
  result.get();
}

// A lambda defined in the coroutine but handed to a thread runs elsewhere.
awaitable<void> negativeLambdaOnThread() {
  std::thread worker([] { std::this_thread::sleep_for(1s); });
  worker.detach();
  co_return;
}

// A lambda posted to a thread pool runs on the pool.
awaitable<void> negativeLambdaOnThreadPool(asio::thread_pool &pool) {
  asio::post(pool, [] { std::this_thread::sleep_for(1s); });
  co_return;
}

// A local class's member functions are not part of the coroutine's frame.
awaitable<void> negativeLocalClass() {
  struct Worker {
    void run() { std::this_thread::sleep_for(1s); }
  };
  co_return;
}

// The asynchronous forms are what a coroutine should use.
awaitable<void> negativeAsyncOperations(asio::ip::tcp::socket &socket,
                                        asio::steady_timer &timer) {
  char data[64];
  std::size_t n = co_await socket.async_read_some(asio::buffer(data), asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(data, n), asio::use_awaitable);
  co_await timer.async_wait(asio::use_awaitable);
}

// Unevaluated operands never run.
awaitable<void> negativeUnevaluated(std::future<int> &result) {
  using Value = decltype(result.get());
  constexpr bool Throws = noexcept(result.get());
  (void)sizeof(result.get());
  (void)Throws;
  co_return;
}

// Mutex locks are short critical sections: off by default.
#include <mutex>
std::mutex Mutex;
awaitable<void> negativeMutexLockByDefault() {
  std::lock_guard<std::mutex> guard(Mutex);
  co_return;
}

// A name that only looks blocking.
namespace mylib {
awaitable<void> sleep_for(std::chrono::milliseconds);
}
awaitable<void> negativeAsyncSleepNamedSleepFor() {
  co_await mylib::sleep_for(10ms);
}
