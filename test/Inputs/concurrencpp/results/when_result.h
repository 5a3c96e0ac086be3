// Mock of concurrencpp/results/when_result.h. when_all(resume_executor,
// results...) / when_all(ex, begin, end) -> lazy_result of the READY input
// results (per-result get()/co_await): error-collecting by design.
// Inputs are result<T> (already running).
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <tuple>
#include <type_traits>
#include <vector>

#include <concurrencpp/results/lazy_result.h>

namespace concurrencpp {

template <class sequence_type> struct when_any_result {
  std::size_t index;
  sequence_type results;
};

template <class executor_type, class... result_types>
lazy_result<std::tuple<typename std::decay<result_types>::type...>> when_all(std::shared_ptr<executor_type> resume_executor,
                                                                            result_types &&...results);

template <class executor_type, class iterator_type,
          class type = typename std::iterator_traits<iterator_type>::value_type>
lazy_result<std::vector<type>> when_all(std::shared_ptr<executor_type> resume_executor, iterator_type begin,
                                        iterator_type end);

template <class executor_type, class... result_types>
lazy_result<when_any_result<std::tuple<result_types...>>> when_any(std::shared_ptr<executor_type> resume_executor,
                                                                   result_types &&...results);

template <class executor_type, class iterator_type,
          class type = typename std::iterator_traits<iterator_type>::value_type>
lazy_result<when_any_result<std::vector<type>>> when_any(std::shared_ptr<executor_type> resume_executor,
                                                         iterator_type begin, iterator_type end);

} // namespace concurrencpp
