// RUN: %check_async_tidy %s async-await-in-loop %t

// The objects each iteration's operation works on: shared services take
// concurrent calls and are shared context, protocol-bound resources that stay
// the same order the operations, and an index loop counts through its data.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>
#include <folly/coro/Task.h>

struct Order {
  int id;
};
struct Invoice {
  int total;
};

// Services: classes that offer asynchronous operations.
class Billing {
public:
  folly::coro::Task<Invoice> invoice(const Order &order);
};
class Store {
public:
  folly::coro::Task<void> put(int id, int value);
};
class Upstream {
public:
  folly::coro::Task<int> get(int id);
};
folly::coro::Task<void> refresh(Store &store, Upstream &upstream, int id);
folly::coro::Task<int> load(int id);

// Protocol-bound: the receiver of a sequential operation, and the classes
// that hold one.
class Socket {
public:
  folly::coro::Task<std::size_t> async_read_some(char *data, std::size_t size);
};
class Endpoint {
public:
  folly::coro::Task<std::size_t> receiveInto(std::string &buffer);
  folly::coro::Task<void> send(const std::string &message);

private:
  Socket socket_;
};
folly::coro::Task<bool> probe(Endpoint *endpoint);

class Accounts {
  Billing billing_;
  std::vector<Invoice> totals_;

public:
  folly::coro::Task<void> positiveMemberService(const std::vector<Order> &orders) {
    for (const Order &order : orders)
      totals_.push_back(co_await billing_.invoice(order));
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'co_await' in a loop starts each operation only after the previous one completed, although no iteration depends on another's result [async-await-in-loop]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: operations are awaited one at a time in this loop; to run them concurrently, collect each 'billing_.invoice(order)' into 'ops' in the loop
  }
};

folly::coro::Task<void> positiveLocalService(Billing billing,
                                             const std::vector<Order> &orders) {
  std::vector<Invoice> totals;
  for (const Order &order : orders)
    totals.push_back(co_await billing.invoice(order));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
}

folly::coro::Task<void> positiveServicesByReference(Store &store,
                                                    Upstream &upstream,
                                                    const std::vector<int> &ids) {
  for (int id : ids)
    co_await refresh(store, upstream, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
}

// Each iteration sends on another endpoint.
folly::coro::Task<void> positiveEndpointPerIteration(
    const std::vector<Endpoint *> &endpoints, const std::string &message) {
  for (Endpoint *endpoint : endpoints)
    co_await endpoint->send(message);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
}

folly::coro::Task<void> positiveSharedEndpoints(
    const std::vector<std::shared_ptr<Endpoint>> &endpoints,
    std::string message) {
  for (const auto &endpoint : endpoints)
    co_await endpoint->send(message);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
}

// Index loops count through their data.
folly::coro::Task<void> positiveIndexWhile(const std::vector<int> &ids,
                                           std::vector<int> &rows) {
  std::size_t k = 0;
  while (k < ids.size()) {
    rows[k] = co_await load(ids[k]);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'co_await' in a loop
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
    ++k;
  }
}

folly::coro::Task<int> positiveIndexDo(const std::vector<Endpoint *> &nodes) {
  int up = 0;
  std::size_t k = 0;
  do {
    up += co_await probe(nodes[k]) ? 1 : 0;
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'co_await' in a loop
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
  } while (++k < nodes.size());
  co_return up;
}

folly::coro::Task<void> positiveNonConstSubscript(std::vector<int> ids) {
  for (std::size_t i = 0; i < ids.size(); ++i)
    co_await load(ids[i]);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
}

// A lambda that captures a service by reference wraps its call.
folly::coro::Task<int> positiveLambdaOverService(Upstream &upstream,
                                                 const std::vector<int> &ids) {
  auto fetch = [&](int id) -> folly::coro::Task<int> {
    co_return co_await upstream.get(id);
  };
  int sum = 0;
  for (int id : ids)
    sum += co_await fetch(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'co_await' in a loop
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: operations are awaited one at a time
  co_return sum;
}

// --- Negative: one protocol-bound resource for every iteration.

folly::coro::Task<void> negativeOneEndpoint(Endpoint &endpoint,
                                            std::vector<std::string> &parts) {
  for (std::string &part : parts)
    co_await endpoint.receiveInto(part);
}

folly::coro::Task<void> negativeOneEndpointThroughPointer(
    std::shared_ptr<Endpoint> endpoint, const std::vector<std::string> &notes) {
  for (const std::string &note : notes)
    co_await endpoint->send(note);
}

folly::coro::Task<int> negativeProbeOne(Endpoint *endpoint,
                                        const std::vector<int> &ids) {
  int up = 0;
  for (int id : ids)
    up += co_await probe(endpoint) ? id : 0;
  co_return up;
}

class Session {
  Socket socket_;
  folly::coro::Task<void> sendLine(const std::string &line);

  // `*this` holds the socket: its member operations share it.
  folly::coro::Task<void> negativeOwnSocket(const std::vector<std::string> &lines) {
    for (const auto &line : lines)
      co_await sendLine(line);
  }
};

// --- Negative: data passed by reference may be changed by each operation.

folly::coro::Task<void> appendTo(std::string &text, int id);
folly::coro::Task<void> negativeSharedData(const std::vector<int> &ids) {
  std::string text;
  for (int id : ids)
    co_await appendTo(text, id);
}

// --- Negative: the loop changes the service between operations.

class Cache {
public:
  folly::coro::Task<int> lookup(int key);
  void clear();
};
folly::coro::Task<void> negativeServiceChanged(Cache &cache,
                                               const std::vector<int> &keys) {
  for (int key : keys) {
    co_await cache.lookup(key);
    cache.clear();
  }
}
