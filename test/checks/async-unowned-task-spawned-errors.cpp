// RUN: %check_async_tidy %s async-unowned-task %t -- -Wno-unused-result

// A detached spawn loses nothing when no error can leave the spawned
// coroutine: its definition is looked at, and the spawn is reported only
// when a `throw`, an await that throws its error, a call of the throwing
// form of an operation that has an error-code form, or a call of a project
// function that lets one of these out can escape it. A coroutine defined in
// another file may fail.
#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/redirect_error.hpp>
#include <cstdio>
#include <exception>
#include <memory>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;
using asio::use_awaitable;

//===--- The spawned coroutine catches everything: not reported -----------===//

awaitable<void> echo(tcp::socket socket) {
  try {
    char data[1024];
    for (;;) {
      std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
      co_await asio::async_write(socket, asio::buffer(data, n), use_awaitable);
    }
  } catch (std::exception &e) {
    std::printf("echo Exception: %s\n", e.what());
  }
}

awaitable<void> catchAll() {
  try {
    co_await echo(tcp::socket(co_await asio::this_coro::executor));
  } catch (...) {
  }
}

//===--- Every await reports its error as a value: not reported -----------===//

using default_token = asio::as_tuple_t<asio::use_awaitable_t<>>;
using tcp_socket = default_token::as_default_on_t<tcp::socket>;

awaitable<void> echoInBand(tcp_socket socket) {
  char data[1024];
  for (;;) {
    auto [e1, nread] = co_await socket.async_read_some(asio::buffer(data));
    if (nread == 0)
      break;
    auto [e2, nwritten] = co_await asio::async_write(socket, asio::buffer(data, nread));
    if (nwritten != nread)
      break;
  }
}

awaitable<void> waitRedirected(asio::steady_timer &timer) {
  boost::system::error_code ec;
  co_await timer.async_wait(asio::redirect_error(use_awaitable, ec));
}

void negativeHandlesItsErrors(asio::io_context &context, tcp::socket socket,
                              tcp_socket other, asio::steady_timer &timer) {
  asio::co_spawn(context, echo(std::move(socket)), asio::detached);
  asio::co_spawn(context, catchAll(), asio::detached);
  asio::co_spawn(context, echoInBand(std::move(other)), asio::detached);
  asio::co_spawn(context, waitRedirected(timer), asio::detached);
  // A handler that ignores the exception loses nothing either.
  asio::co_spawn(context, catchAll(), [](std::exception_ptr) {});
}

// A lambda that only returns the member coroutine is followed to it.
class Session : public std::enable_shared_from_this<Session> {
public:
  explicit Session(tcp::socket socket) : socket_(std::move(socket)) {}
  void negativeStart() {
    asio::co_spawn(socket_.get_executor(),
                   [self = shared_from_this()] { return self->reader(); },
                   asio::detached);
  }
  void positiveStart() {
    asio::co_spawn(socket_.get_executor(),
                   [self = shared_from_this()] { return self->writer(); },
                   asio::detached);
    // CHECK-MESSAGES: :[[@LINE-3]]:11: warning: 'boost::asio::co_spawn' with 'detached' starts a task that nothing owns: its exceptions are dropped, and nothing can wait for it or cancel it [async-unowned-task]
    // CHECK-MESSAGES: :[[@LINE-4]]:11: note: to give it an owner, await it inside a coroutine, 'co_await boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
  }

private:
  awaitable<void> reader() {
    try {
      for (std::string line;;) {
        std::size_t n = co_await asio::async_read_until(socket_, asio::dynamic_buffer(line, 1024), "\n", use_awaitable);
        line.erase(0, n);
      }
    } catch (std::exception &) {
      // A handler is error handling: its calls are not followed.
      stop();
    }
  }
  awaitable<void> writer() {
    co_await asio::async_write(socket_, asio::buffer("x", 1), use_awaitable);
  }
  void stop() { socket_.close(); }
  tcp::socket socket_;
};

// Calls that report their failure as a value, and a project function made
// only of such calls: nothing can fail. Other calls are taken not to fail
// (only resource exhaustion can come out of them).
class Relay : public std::enable_shared_from_this<Relay> {
public:
  void negativeStart(asio::io_context &context) {
    asio::co_spawn(context, [self = shared_from_this()] { return self->pump(); },
                   asio::detached);
  }
  void positiveStart(asio::io_context &context) {
    asio::co_spawn(context, [self = shared_from_this()] { return self->log(); },
                   asio::detached);
    // CHECK-MESSAGES: :[[@LINE-2]]:11: warning: 'boost::asio::co_spawn' with 'detached' starts
    // CHECK-MESSAGES: :[[@LINE-3]]:11: note: to give it an owner
  }

private:
  awaitable<void> pump() {
    char data[512];
    boost::system::error_code ec;
    for (;;) {
      std::size_t n = co_await socket_.async_read_some(asio::buffer(data), asio::redirect_error(use_awaitable, ec));
      if (ec || n == 0)
        break;
      std::string text(data, n);
    }
    close();
  }
  // The throwing form of an operation that has an error-code form.
  awaitable<void> log() {
    std::printf("peer %d\n", socket_.remote_endpoint().port());
    co_return;
  }
  void close() {
    boost::system::error_code ec;
    socket_.shutdown(tcp::socket::shutdown_both, ec);
    socket_.close(ec);
  }
  tcp::socket socket_{nullptr};
};

// A project function that throws, called by the spawned coroutine.
void validate(int value) {
  if (value < 0)
    throw std::invalid_argument("negative");
}
awaitable<void> checked(int value) {
  validate(value);
  co_return;
}
void positiveCallsAFunctionThatThrows(asio::io_context &context) {
  asio::co_spawn(context, checked(1), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
}

//===--- Something can escape: reported -----------------------------------===//

// An accept loop without a handler: when the acceptor throws (EMFILE), the
// server stops accepting and nobody is told.
awaitable<void> listener() {
  auto executor = co_await asio::this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), 55555});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    asio::co_spawn(executor, echo(std::move(socket)), asio::detached);
  }
}

// The as_tuple listener still constructs an acceptor that throws.
using tcp_acceptor = default_token::as_default_on_t<tcp::acceptor>;
awaitable<void> listenerInBand() {
  auto executor = co_await asio::this_coro::executor;
  tcp_acceptor acceptor(executor, {tcp::v4(), 55555});
  for (;;) {
    if (auto [e, socket] = co_await acceptor.async_accept(); socket.is_open())
      asio::co_spawn(executor, echoInBand(std::move(socket)), asio::detached);
  }
}

// Defined in another file.
awaitable<int> compute();
// A library operation that reports its error by exception.
awaitable<int> wait(asio::steady_timer &timer) {
  co_await timer.async_wait(use_awaitable);
  co_return 42;
}

// A test coroutine that throws: the failure vanishes, the test passes.
awaitable<void> test() {
  int value = co_await compute();
  if (value != 42)
    throw std::runtime_error("wrong value");
}

// A handler that rethrows, or one that catches only some exceptions.
awaitable<void> rethrows(asio::steady_timer &timer) {
  try {
    co_await wait(timer);
  } catch (std::exception &) {
    throw;
  }
}
awaitable<void> catchesSome(asio::steady_timer &timer) {
  try {
    co_await wait(timer);
  } catch (std::system_error &) {
  }
}

void positiveSomethingEscapes(asio::io_context &context,
                              asio::steady_timer &timer) {
  asio::co_spawn(context, listener(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts a task that nothing owns: its exceptions are dropped, and nothing can wait for it or cancel it [async-unowned-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner, await it inside a coroutine, 'co_await boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or pass a handler that rethrows or logs its 'std::exception_ptr'
  asio::co_spawn(context, listenerInBand(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
  asio::co_spawn(context, test(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
  asio::co_spawn(context, rethrows(timer), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
  asio::co_spawn(context, catchesSome(timer), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
  // A coroutine lambda is looked at as it is.
  asio::co_spawn(context, [&]() -> awaitable<void> { co_await wait(timer); }, asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
}
void negativeCoroutineLambdaCatches(asio::io_context &context) {
  asio::co_spawn(context, []() -> awaitable<void> {
    try { co_await compute(); } catch (...) {}
  }, asio::detached);
}

// A coroutine defined in another file, spawned or awaited by the spawned
// coroutine, may fail: reported.
void positiveDefinedElsewhere(asio::io_context &context) {
  asio::co_spawn(context, compute(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
  asio::co_spawn(context, []() -> awaitable<void> { co_await compute(); }, asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
}

//===--- A token the caller handed in is the caller's choice --------------===//

template <typename CompletionToken>
auto negativeForwardsToken(asio::io_context &context, CompletionToken &&token) {
  return asio::co_spawn(context.get_executor(), compute(),
                        std::forward<CompletionToken>(token));
}
void positiveCallerChoosesDetached(asio::io_context &context,
                                   asio::steady_timer &timer) {
  negativeForwardsToken(context, asio::detached);
  asio::co_spawn(context.get_executor(), wait(timer), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::co_spawn' with 'detached' starts
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: to give it an owner
}
