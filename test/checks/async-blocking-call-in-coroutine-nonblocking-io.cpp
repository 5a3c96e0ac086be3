// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t

// I/O that cannot block: a default-constructed file stream, a stream over
// memory, a few-byte wake-up write, and a descriptor that its class drives
// through the event loop (it awaits the descriptor's readiness).

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <inhouse/task.h>

acme::Task<void> negativeDefaultConstructedStream(const std::string &Path) {
  std::ifstream In;
  In.open(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking I/O call to 'std::basic_ifstream::open' inside coroutine 'negativeDefaultConstructedStream' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: run it on a thread pool meant for blocking work, or use an asynchronous I/O API
  co_return;
}

acme::Task<std::string> negativeStringStream(const std::string &Text) {
  std::istringstream In(Text);
  std::string Line;
  std::getline(In, Line);
  co_return Line;
}

acme::Task<std::string> negativeStreamOverMemory(std::stringbuf &Buffer) {
  std::istream In(&Buffer);
  std::string Line;
  std::getline(In, Line);
  co_return Line;
}

acme::Task<std::string> positiveFileLine(const std::string &Path) {
  std::ifstream In(Path);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: blocking I/O call to 'std::basic_ifstream::basic_ifstream' inside coroutine 'positiveFileLine' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: run it on a thread pool meant for blocking work, or use an asynchronous I/O API
  std::string Line;
  std::getline(In, Line);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: blocking I/O call to 'std::getline' inside coroutine 'positiveFileLine' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: run it on a thread pool meant for blocking work, or use an asynchronous I/O API
  co_return Line;
}

// A wake-up write: a few bytes into a pipe or eventfd that a poller drains.
acme::Task<void> negativeWakeUpWrite(int TriggerFd) {
  std::uint64_t Value = 1;
  auto Written = write(TriggerFd, &Value, sizeof(Value));
  (void)Written;
  co_return;
}

acme::Task<void> positiveBulkWrite(int Fd, const char *Data, unsigned long Size) {
  auto Written = write(Fd, Data, Size);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking I/O call to 'write' inside coroutine 'positiveBulkWrite' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: run it on a thread pool meant for blocking work, or use an asynchronous I/O API
  (void)Written;
  co_return;
}

// A socket class that hands its descriptor to the event loop: its readers
// await readiness first, and the descriptor is non-blocking.
struct Scheduler {
  acme::Task<int> poll(int Fd);
};
class Client {
public:
  acme::Task<int> poll() { return Loop->poll(Fd); }
  long recv(char *Buffer, unsigned long Size) {
    return ::recv(Fd, Buffer, Size, 0);
  }
  int nativeHandle() const { return Fd; }

private:
  Scheduler *Loop = nullptr;
  int Fd = -1;
};

acme::Task<long> negativeRecvAfterPoll(Client &Connection, char *Buffer) {
  co_await Connection.poll();
  co_return Connection.recv(Buffer, 64);
}

acme::Task<long> negativeRawRecvAfterPoll(Scheduler &Loop, int Fd, char *Buffer) {
  co_await Loop.poll(Fd);
  co_return recv(Fd, Buffer, 64, 0);
}

// A class that never registers its descriptor with an event loop.
class BlockingClient {
public:
  long recv(char *Buffer, unsigned long Size) {
    return ::recv(Fd, Buffer, Size, 0);
  }

private:
  int Fd = -1;
};

acme::Task<long> positiveBlockingClient(BlockingClient &Connection, char *Buffer) {
  co_return Connection.recv(Buffer, 64);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: call to 'BlockingClient::recv' inside coroutine 'positiveBlockingClient' blocks in 'recv' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :96:14: note: 'BlockingClient::recv' blocks in 'recv' here
}
