// Mock of async_simple/coro/SyncAwait.h (1.4): blocks the calling thread
// until the Lazy finishes; rethrows its exception.
#ifndef ASYNC_SIMPLE_CORO_SYNCAWAIT_H
#define ASYNC_SIMPLE_CORO_SYNCAWAIT_H

#include "async_simple/coro/Lazy.h"
#include <type_traits>

namespace async_simple::coro {

template <typename LazyType> inline auto syncAwait(LazyType &&lazy) {
  using ValueType = typename std::decay_t<LazyType>::ValueType;
  Try<ValueType> value;
  std::move(std::forward<LazyType>(lazy)).start([&value](Try<ValueType> result) {
    value = std::move(result);
  });
  return std::move(value).value();
}

template <typename LazyType>
inline auto syncAwait(LazyType &&lazy, Executor *ex) {
  return syncAwait(std::move(std::forward<LazyType>(lazy)).via(ex));
}

} // namespace async_simple::coro

#endif
