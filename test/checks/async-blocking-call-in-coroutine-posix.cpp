// RUN: %check_async_tidy -check-suffix=DEFAULT %s async-blocking-call-in-coroutine %t
// RUN: %check_async_tidy -check-suffix=OFF %s async-blocking-call-in-coroutine %t \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.CheckPosixIO: false}}"

// Raw POSIX I/O blocks unless the code shows the descriptor is non-blocking.
// With CheckPosixIO off, none of it is reported.

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <coroutine>
#include <fstream>
#include <string>
#include <inhouse/task.h>

// A readiness awaitable, as event-loop code has.
acme::Task<void> readable(int fd);

acme::Task<long> positiveBlockingRead(int fd, char *buffer) {
  long n = read(fd, buffer, 64);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: blocking I/O call to 'read' inside coroutine 'positiveBlockingRead' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return n;
}

acme::Task<std::string> positiveFileStream(const std::string &path) {
  std::ifstream in(path);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:17: warning: blocking I/O call to 'std::basic_ifstream::basic_ifstream' inside coroutine 'positiveFileStream' stalls every task on its executor [async-blocking-call-in-coroutine]
  std::string line;
  std::getline(in, line);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:8: warning: blocking I/O call to 'std::getline' inside coroutine 'positiveFileStream' stalls every task on its executor [async-blocking-call-in-coroutine]
  co_return line;
}

// The descriptor was awaited for readiness, but another one is read.
acme::Task<long> positiveReadinessOfAnotherDescriptor(int fd, int other, char *buffer) {
  co_await readable(other);
  co_return recv(fd, buffer, 64, 0);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:13: warning: blocking I/O call to 'recv' inside coroutine 'positiveReadinessOfAnotherDescriptor' stalls every task on its executor [async-blocking-call-in-coroutine]
}

//===--- Negative cases ---------------------------------------------------===//

acme::Task<long> negativeNonBlockingFlag(int fd, char *buffer) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  co_return read(fd, buffer, 64);
}

acme::Task<long> negativeNonBlockingSocket(char *buffer) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  co_return recv(fd, buffer, 64, 0);
}

acme::Task<long> negativeDontWait(int fd, char *buffer) {
  co_return recv(fd, buffer, 64, MSG_DONTWAIT);
}

acme::Task<long> negativeAfterReadiness(int fd, char *buffer) {
  co_await readable(fd);
  co_return read(fd, buffer, 64);
}

struct Connection {
  int fd;
  acme::Task<long> negativeMemberDescriptor(char *buffer) {
    co_await readable(fd);
    co_return read(fd, buffer, 64);
  }
};
