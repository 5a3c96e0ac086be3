// RUN: %check_async_tidy %s async-sequential-awaits %t

#include <memory>
#include <string>
#include <folly/coro/Task.h>
#include <cppcoro/task.hpp>
#include <coro/coro.hpp>
#include <seastar/core/future.hh>
#include <unifex/task.hpp>

struct User {
  int id;
};
struct Connection {
  folly::coro::Task<int> query(const std::string &sql);
};
struct Transaction {};

folly::coro::Task<User> loadUser(int id);
folly::coro::Task<int> loadOrders(int id);
folly::coro::Task<int> loadPrefs(int id);
folly::coro::Task<int> loadHistory(const User &user);
folly::coro::Task<void> send(int value);
folly::coro::Task<int> read(Transaction &tx, int key);
folly::coro::Task<int> viaPointer(std::shared_ptr<Connection> conn);

folly::coro::Task<int> positiveTwo(int id) {
  User user = co_await loadUser(id);
  int orders = co_await loadOrders(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'co_await' starts this operation only after the previous one completed, although neither depends on the other's result [async-sequential-awaits]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: previous independent operation awaited here; await them together: 'co_await folly::coro::collectAllTry(loadUser(id), loadOrders(id))'
  co_return user.id + orders;
}

folly::coro::Task<int> positiveThreeAssignments(int id) {
  int a, b, c;
  a = co_await loadOrders(id);
  b = co_await loadPrefs(id);
  c = co_await loadOrders(id + 1);
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: 'co_await' starts this operation
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: previous independent operation awaited here; await them together: 'co_await folly::coro::collectAllTry(loadOrders(id), loadPrefs(id), loadOrders(id + 1))'
  co_return a + b + c;
}

cppcoro::task<int> cppcoroFetch(int id);
cppcoro::task<int> positiveCppcoro() {
  int a = co_await cppcoroFetch(1);
  int b = co_await cppcoroFetch(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'co_await' starts this operation
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: previous independent operation awaited here; await them together: 'co_await cppcoro::when_all_ready(cppcoroFetch(1), cppcoroFetch(2))'
  co_return a + b;
}

coro::task<int> libcoroFetch(int id);
coro::task<int> positiveLibcoro() {
  int a = co_await libcoroFetch(1);
  int b = co_await libcoroFetch(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'co_await' starts this operation
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: previous independent operation awaited here; await them together: 'co_await coro::when_all(libcoroFetch(1), libcoroFetch(2))'
  co_return a + b;
}

unifex::task<int> unifexFetch(int id);
unifex::task<int> positiveUnifex() {
  int a = co_await unifexFetch(1);
  int b = co_await unifexFetch(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'co_await' starts this operation
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: previous independent operation awaited here; await them together: 'co_await unifex::when_all(unifex::materialize(unifexFetch(1)), unifex::materialize(unifexFetch(2)))'
  co_return a + b;
}

seastar::future<int> seastarFetch(int id);
seastar::future<int> positiveSeastar() {
  int a = co_await seastarFetch(1);
  int b = co_await seastarFetch(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'co_await' starts this operation
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: previous independent operation awaited here; await them together: 'co_await seastar::when_all(seastarFetch(1), seastarFetch(2))'
  co_return a + b;
}

template <typename T> folly::coro::Task<int> positiveTemplate(T id) {
  int a = co_await loadOrders(id);
  int b = co_await loadPrefs(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'co_await' starts this operation
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: previous independent operation
  co_return a + b;
}
template folly::coro::Task<int> positiveTemplate(int);
template folly::coro::Task<int> positiveTemplate(short);

// --- Negative: the later operation reads the earlier result.

folly::coro::Task<int> negativeDependent(int id) {
  User user = co_await loadUser(id);
  int history = co_await loadHistory(user);
  co_return history;
}

// --- Negative: results discarded: ordering-sensitive.

folly::coro::Task<void> negativeDiscarded() {
  co_await send(1);
  co_await send(2);
}

// --- Negative: the same receiver or object argument.

folly::coro::Task<int> negativeSameConnection(Connection &conn) {
  int a = co_await conn.query("a");
  int b = co_await conn.query("b");
  co_return a + b;
}

folly::coro::Task<int> negativeSameTransaction(Transaction &tx) {
  int a = co_await read(tx, 1);
  int b = co_await read(tx, 2);
  co_return a + b;
}

folly::coro::Task<int> negativeSameHandle(std::shared_ptr<Connection> conn) {
  int a = co_await viaPointer(conn);
  int b = co_await viaPointer(conn);
  co_return a + b;
}

// --- Negative: not consecutive.

folly::coro::Task<int> negativeInterleaved(int id) {
  int a = co_await loadOrders(id);
  id += a;
  int b = co_await loadPrefs(id);
  co_return b;
}

// --- Negative: inside a try, whose handler may depend on which failed first.

folly::coro::Task<int> negativeTry(int id) {
  int a = 0, b = 0;
  try {
    a = co_await loadOrders(id);
    b = co_await loadPrefs(id);
  } catch (...) {
    b = -1;
  }
  co_return a + b;
}

// --- Negative: tasks created earlier.

folly::coro::Task<int> negativeStartedEarlier(folly::coro::Task<int> t1,
                                              folly::coro::Task<int> t2) {
  int a = co_await std::move(t1);
  int b = co_await std::move(t2);
  co_return a + b;
}

// --- Negative: macros.

#define AWAIT(x) co_await x
folly::coro::Task<int> negativeMacro(int id) {
  int a = AWAIT(loadOrders(id));
  int b = AWAIT(loadPrefs(id));
  co_return a + b;
}

// --- Negative: one receiver, reached through a pointer or a shared_ptr.

struct MqttClient {
  folly::coro::Task<int> fetchMessage(int id);
  folly::coro::Task<int> unsubscribe(int topic);
};

folly::coro::Task<int> negativeSameSharedReceiver(std::shared_ptr<MqttClient> amcl) {
  int message = co_await amcl->fetchMessage(1);
  int unsubscribed = co_await amcl->unsubscribe(2);
  co_return message + unsubscribed;
}

folly::coro::Task<int> negativeSameRawReceiver(MqttClient *amcl) {
  int message = co_await amcl->fetchMessage(1);
  int unsubscribed = co_await amcl->unsubscribe(2);
  co_return message + unsubscribed;
}

// --- Negative: two requests to one target: the first may change what the
// second reads.

struct Target {
  std::string host;
};
folly::coro::Task<std::string> request(Target target, std::string command);

folly::coro::Task<std::string> negativeSameTarget(Target ep) {
  std::string put = co_await request(ep, "PUT k v");
  std::string got = co_await request(ep, "GET k");
  co_return put + got;
}

folly::coro::Task<int> lookupKey(const std::string &key, int shard);
folly::coro::Task<int> negativeSameKey(std::string key) {
  int a = co_await lookupKey(key, 1);
  int b = co_await lookupKey(key, 2);
  co_return a + b;
}

// Different targets, and numbers shared: independent.
folly::coro::Task<std::string> positiveDifferentTargets(Target a, Target b) {
  std::string first = co_await request(a, "GET x");
  std::string second = co_await request(b, "GET y");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'co_await' starts this operation
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: previous independent operation awaited here
  co_return first + second;
}
