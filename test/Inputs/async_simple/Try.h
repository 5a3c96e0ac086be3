// Mock of async_simple/Try.h (alibaba/async_simple 1.4): a value or an
// exception. value() rethrows the exception.
#ifndef ASYNC_SIMPLE_TRY_H
#define ASYNC_SIMPLE_TRY_H

#include <exception>
#include <utility>

namespace async_simple {

template <typename T> class Try {
public:
  Try() = default;
  Try(T Value) : Value(std::move(Value)), HasValue(true) {}
  Try(std::exception_ptr Error) : Error(Error) {}
  bool available() const noexcept { return HasValue || Error; }
  bool hasError() const noexcept { return Error != nullptr; }
  const T &value() const & { return Value; }
  T &value() & { return Value; }
  T &&value() && { return std::move(Value); }
  std::exception_ptr getException() const { return Error; }

private:
  T Value{};
  std::exception_ptr Error;
  bool HasValue = false;
};

template <> class Try<void> {
public:
  Try() = default;
  Try(std::exception_ptr Error) : Error(Error) {}
  bool hasError() const noexcept { return Error != nullptr; }
  void value() const {}
  std::exception_ptr getException() const { return Error; }

private:
  std::exception_ptr Error;
};

} // namespace async_simple

#endif
