// Mock of concurrencpp/results/make_result.h.
#pragma once

#include <exception>

#include <concurrencpp/results/result.h>

namespace concurrencpp {
template <class type, class... argument_types> result<type> make_ready_result(argument_types &&...arguments) {
  ((void)arguments, ...);
  return {};
}
template <class type> result<type> make_exceptional_result(std::exception_ptr exception_ptr) {
  (void)exception_ptr;
  return {};
}
} // namespace concurrencpp
