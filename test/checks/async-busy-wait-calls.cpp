// RUN: %check_async_tidy %s async-busy-wait %t

// Polling through calls: a loop with no suspension point whose exit depends
// on what calls on objects it does not own return (queries, `try_*`, `poll`),
// and which makes no progress of its own.

#include <cstddef>
#include <optional>
#include <queue>
#include <vector>
#include <inhouse/task.h>

struct Event {
  bool is_set() const;
};
struct Baton {
  bool ready() const;
};
struct Reply {
  bool isReady() const;
  int value() const;
};
struct Inbox {
  std::optional<int> try_dequeue();
};
struct WorkQueue {
  bool try_pop(int &item);
};
struct Reactor {
  bool poll_once();
};
struct SerialPort {
  bool canReadLine() const;
};
struct QCoreApplication {
  static void processEvents();
};
struct Cursor {
  bool done() const;
  void advance();
};

acme::Task<void> positiveQuery(Event &started) {
  while (!started.is_set()) {
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: busy-wait loop in coroutine 'positiveQuery' polls 'started' without suspending: it holds the thread and starves every other task on its executor [async-busy-wait]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: await an event or a condition primitive of the coroutine's library instead of polling
  co_return;
}

acme::Task<void> positiveLocalBaton() {
  Baton done_baton;
  while (!done_baton.ready()) {
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: busy-wait loop in coroutine 'positiveLocalBaton' polls 'done_baton' without suspending
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: await an event
  co_return;
}

acme::Task<int> positiveReply(const Reply &reply) {
  while (!reply.isReady()) {
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: busy-wait loop in coroutine 'positiveReply' polls 'reply' without suspending
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: await an event
  co_return reply.value();
}

acme::Task<int> positiveTryDequeue(Inbox &inbox) {
  std::optional<int> msg;
  while (!(msg = inbox.try_dequeue())) {
  }
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: busy-wait loop in coroutine 'positiveTryDequeue' polls 'inbox' without suspending
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: await an event
  co_return *msg;
}

acme::Task<int> positiveTryPop(WorkQueue &work) {
  int item = 0;
  for (;;) {
    if (work.try_pop(item))
      break;
  }
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: busy-wait loop in coroutine 'positiveTryPop' polls 'work' without suspending
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: await an event
  co_return item;
}

acme::Task<void> positivePollOnce(Reactor &reactor) {
  bool moved = false;
  do {
    moved = reactor.poll_once();
  } while (!moved);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: busy-wait loop in coroutine 'positivePollOnce' polls 'reactor' without suspending
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: await an event
  co_return;
}

// A nested event loop inside a coroutine.
acme::Task<void> positiveNestedEventLoop(SerialPort &port) {
  while (!port.canReadLine())
    QCoreApplication::processEvents();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: busy-wait loop in coroutine 'positiveNestedEventLoop' polls 'port' without suspending
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: await an event
  co_return;
}

struct Client {
  Reply pending;
  bool connected() const;
  acme::Task<void> positiveMemberPoll() {
    while (!connected()) {
    }
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: busy-wait loop in coroutine 'Client::positiveMemberPoll' polls 'connected' without suspending
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: await an event
    while (!pending.isReady()) {
    }
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: busy-wait loop in coroutine 'Client::positiveMemberPoll' polls 'pending' without suspending
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: await an event
    co_return;
  }
};

// --- Negative: the loop drains work it owns, or moves the object on.

acme::Task<int> negativeDrainOwnQueue(std::queue<int> pending) {
  int total = 0;
  while (!pending.empty()) {
    total += pending.front();
    pending.pop();
  }
  co_return total;
}

acme::Task<void> negativeAdvance(Cursor &cursor) {
  while (!cursor.done())
    cursor.advance();
  co_return;
}

acme::Task<int> negativeDrainUntilEmpty(WorkQueue &work) {
  int item = 0, total = 0;
  while (work.try_pop(item))
    total += item;
  co_return total;
}

// --- Negative: bounded by a counter.

acme::Task<bool> negativeBoundedAttempts(Event &started) {
  for (int attempt = 0; attempt < 100 && !started.is_set(); ++attempt) {
  }
  int spins = 0;
  while (!started.is_set()) {
    if (++spins > 1000)
      break;
  }
  co_return started.is_set();
}

acme::Task<std::size_t> negativeIndexLoop(const std::vector<int> &values) {
  std::size_t i = 0, sum = 0;
  while (i < values.size())
    sum += values[i++];
  co_return sum;
}

// --- Negative: an object the loop declares is its own.

acme::Task<void> negativeLoopLocal() {
  for (int i = 0; i < 3; ++i) {
    Cursor local;
    while (!local.done())
      local.advance();
  }
  co_return;
}

// --- Negative: a loop that suspends.

acme::Task<void> wait(Event &started);
acme::Task<void> negativeSuspends(Event &started) {
  while (!started.is_set())
    co_await wait(started);
}
