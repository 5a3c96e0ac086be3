//===--- LibraryKnowledge.cpp - async-lint --------------------------------===//
//
// The defaults come from the libraries' own headers; see
// docs/library-knowledge.md for the sources and for how to extend them.
//
//===----------------------------------------------------------------------===//

#include "LibraryKnowledge.h"
#include "clang-tidy/utils/OptionsUtils.h"

namespace clang::tidy::async::knowledge {

const char CoroutineTypes[] =
    "::boost::asio::awaitable=boost-asio;"
    "::asio::awaitable=asio;"
    "::folly::coro::Task=folly;"
    "::folly::coro::TaskWithExecutor=folly;"
    "::folly::coro::AsyncGenerator=folly;"
    "::cppcoro::task=cppcoro;"
    "::cppcoro::shared_task=cppcoro;"
    "::coro::task=libcoro;"
    "::exec::task=stdexec;"
    "::stdexec::task=stdexec;"
    "::std::execution::task=stdexec;"
    "::unifex::task=unifex;"
    "::seastar::future=seastar;"
    "::concurrencpp::result=concurrencpp;"
    "::concurrencpp::lazy_result=concurrencpp;"
    "::concurrencpp::null_result=concurrencpp;"
    "::QCoro::Task=qcoro;"
    "::QCoro::LazyTask=qcoro";

// The synchronous Asio operations are the overloads without a completion
// token; their asynchronous twins have other names (async_*), so a name is
// enough to tell them apart.
#define ASIO_BLOCKING(NS)                                                      \
  "::" NS "::basic_stream_socket::read_some;"                                  \
  "::" NS "::basic_stream_socket::write_some;"                                 \
  "::" NS "::basic_stream_socket::receive;"                                    \
  "::" NS "::basic_stream_socket::send;"                                       \
  "::" NS "::basic_datagram_socket::receive;"                                  \
  "::" NS "::basic_datagram_socket::receive_from;"                             \
  "::" NS "::basic_datagram_socket::send;"                                     \
  "::" NS "::basic_datagram_socket::send_to;"                                  \
  "::" NS "::basic_socket::connect;"                                           \
  "::" NS "::basic_socket_acceptor::accept;"                                   \
  "::" NS "::ip::basic_resolver::resolve;"                                     \
  "::" NS "::basic_waitable_timer::wait;"                                      \
  "::" NS "::basic_deadline_timer::wait;"                                      \
  "::" NS "::ssl::stream::handshake;"                                          \
  "::" NS "::ssl::stream::shutdown;"                                           \
  "::" NS "::ssl::stream::read_some;"                                          \
  "::" NS "::ssl::stream::write_some;"                                         \
  "::" NS "::read;"                                                            \
  "::" NS "::read_at;"                                                         \
  "::" NS "::read_until;"                                                      \
  "::" NS "::write;"                                                           \
  "::" NS "::write_at;"                                                        \
  "::" NS "::connect;"                                                         \
  "::" NS "::io_context::run;"                                                 \
  "::" NS "::io_context::run_one;"                                             \
  "::" NS "::io_context::run_for;"                                             \
  "::" NS "::io_context::run_until;"                                           \
  "::" NS "::thread_pool::join;"                                               \
  "::" NS "::thread_pool::wait;"

const char BlockingFunctions[] =
    // <thread>, <future>, <condition_variable>, <latch>, <barrier>,
    // <semaphore>, <atomic>
    "::std::this_thread::sleep_until;"
    "::std::thread::join;"
    "::std::jthread::join;"
    "::std::jthread::~jthread;" // joins
    "::std::future::get;"
    "::std::future::wait;"
    "::std::future::wait_for;"
    "::std::future::wait_until;"
    "::std::shared_future::get;"
    "::std::shared_future::wait;"
    "::std::shared_future::wait_for;"
    "::std::shared_future::wait_until;"
    "::std::condition_variable::wait;"
    "::std::condition_variable::wait_for;"
    "::std::condition_variable::wait_until;"
    "::std::condition_variable_any::wait;"
    "::std::condition_variable_any::wait_for;"
    "::std::condition_variable_any::wait_until;"
    "::std::latch::wait;"
    "::std::latch::arrive_and_wait;"
    "::std::barrier::wait;"
    "::std::barrier::arrive_and_wait;"
    "::std::counting_semaphore::acquire;"
    "::std::counting_semaphore::try_acquire_for;"
    "::std::counting_semaphore::try_acquire_until;"
    "::std::atomic::wait;"
    "::std::atomic_ref::wait;"
    "::std::atomic_flag::wait;"
    "::std::atomic_wait;"
    "::std::atomic_wait_explicit;"
    // C and POSIX
    "::sleep;"
    "::usleep;"
    "::nanosleep;"
    "::clock_nanosleep;"
    "::getaddrinfo;"
    "::gethostbyname;"
    "::gethostbyname_r;"
    "::system;"
    "::popen;"
    "::pclose;"
    "::wait;"
    "::waitpid;"
    "::pthread_join;"
    "::pthread_cond_wait;"
    "::pthread_cond_timedwait;"
    "::sem_wait;"
    "::sem_timedwait;"
    "::poll;"
    "::ppoll;"
    "::select;"
    "::pselect;"
    "::epoll_wait;"
    // Asio, both spellings
    ASIO_BLOCKING("boost::asio") ASIO_BLOCKING("asio")
    // folly
    "::folly::SemiFuture::get;"
    "::folly::SemiFuture::wait;"
    "::folly::SemiFuture::getTry;"
    "::folly::Future::get;"
    "::folly::Future::wait;"
    "::folly::Future::getVia;"
    "::folly::Baton::wait;"
    "::folly::fibers::Semaphore::wait;"
    // cppcoro: event loops
    "::cppcoro::io_service::process_events;"
    "::cppcoro::io_service::process_one_event;"
    // stdexec
    "::stdexec::run_loop::run;"
    // seastar: legal only inside seastar::thread
    "::seastar::future::get;"
    "::seastar::future::wait;"
    // concurrencpp
    "::concurrencpp::result::get;"
    "::concurrencpp::result::wait;"
    "::concurrencpp::result::wait_for;"
    "::concurrencpp::result::wait_until;"
    "::concurrencpp::shared_result::get;"
    "::concurrencpp::shared_result::wait;"
    // Qt
    "::QThread::sleep;"
    "::QThread::msleep;"
    "::QThread::usleep;"
    "::QThread::wait;"
    "::QIODevice::waitForReadyRead;"
    "::QIODevice::waitForBytesWritten;"
    "::QAbstractSocket::waitForConnected;"
    "::QAbstractSocket::waitForDisconnected;"
    "::QProcess::waitForStarted;"
    "::QProcess::waitForFinished;"
    "::QTcpServer::waitForNewConnection;"
    "::QFuture::waitForFinished;"
    "::QFuture::result;"
    "::QEventLoop::exec;"
    "::QHostInfo::fromName";
#undef ASIO_BLOCKING

const char SleepFunctions[] = "::std::this_thread::sleep_for";

const char SleepReplacements[] =
    "boost-asio=co_await boost::asio::steady_timer(co_await "
    "boost::asio::this_coro::executor, $0).async_wait(boost::asio::use_"
    "awaitable);"
    "asio=co_await asio::steady_timer(co_await asio::this_coro::executor, "
    "$0).async_wait(asio::use_awaitable);"
    "folly=co_await folly::coro::sleep($0);"
    "seastar=co_await seastar::sleep($0);"
    "qcoro=co_await QCoro::sleepFor($0)";

const char SleepHeaders[] =
    "boost-asio=<boost/asio/steady_timer.hpp>,<boost/asio/this_coro.hpp>,"
    "<boost/asio/use_awaitable.hpp>;"
    "asio=<asio/steady_timer.hpp>,<asio/this_coro.hpp>,<asio/use_awaitable.hpp>;"
    "folly=<folly/coro/Sleep.h>;"
    "seastar=<seastar/core/sleep.hh>;"
    "qcoro=<QCoroTimer>";

const char SleepHints[] =
    "cppcoro=co_await io_service.schedule_after($0);"
    "libcoro=co_await scheduler->yield_for($0);"
    "stdexec=co_await exec::schedule_after(scheduler, $0);"
    "unifex=co_await unifex::schedule_after(scheduler, $0);"
    "concurrencpp=co_await runtime.timer_queue()->make_delay_object($0, "
    "executor)";

const char SyncWaitFunctions[] =
    "::folly::coro::blockingWait=folly;"
    "::folly::coro::blocking_wait=folly;"
    "::cppcoro::sync_wait=cppcoro;"
    "::coro::sync_wait=libcoro;"
    "::QCoro::waitFor=qcoro;"
    // These return an optional of the result: not a drop-in co_await.
    "::stdexec::sync_wait;"
    "::stdexec::sync_wait_with_variant;"
    "::std::this_thread::sync_wait;"
    "::std::this_thread::sync_wait_with_variant;"
    "::unifex::sync_wait";

const char PosixIOFunctions[] =
    "::read;::write;::pread;::pwrite;::readv;::writev;"
    "::recv;::send;::recvfrom;::sendto;::recvmsg;::sendmsg;"
    "::connect;::accept;::accept4;"
    "::std::basic_ifstream::basic_ifstream;"
    "::std::basic_ofstream::basic_ofstream;"
    "::std::basic_fstream::basic_fstream;"
    "::std::basic_ifstream::open;"
    "::std::basic_ofstream::open;"
    "::std::basic_fstream::open;"
    "::std::getline;"
    "::fopen;::fread;::fgets;::fscanf";

const char NonBlockingMarkers[] =
    "O_NONBLOCK;SOCK_NONBLOCK;MSG_DONTWAIT;FIONBIO";

const char MutexFunctions[] =
    "::std::mutex::lock;"
    "::std::timed_mutex::lock;"
    "::std::timed_mutex::try_lock_for;"
    "::std::timed_mutex::try_lock_until;"
    "::std::recursive_mutex::lock;"
    "::std::recursive_timed_mutex::lock;"
    "::std::shared_mutex::lock;"
    "::std::shared_mutex::lock_shared;"
    "::std::shared_timed_mutex::lock;"
    "::std::shared_timed_mutex::lock_shared;"
    "::std::lock;"
    "::std::lock_guard::lock_guard;"
    "::std::unique_lock::unique_lock;"
    "::std::scoped_lock::scoped_lock;"
    "::std::shared_lock::shared_lock;"
    "::pthread_mutex_lock";

const char OffloadFunctions[] =
    "::std::thread::thread;"
    "::std::jthread::jthread;"
    "::std::async;"
    "::boost::asio::post;::boost::asio::dispatch;::boost::asio::defer;"
    "::boost::asio::co_spawn;"
    "::asio::post;::asio::dispatch;::asio::defer;::asio::co_spawn;"
    "::folly::via;"
    "::folly::Executor::add;"
    "::QtConcurrent::run;"
    "::concurrencpp::executor::post;"
    "::concurrencpp::executor::submit;"
    "::seastar::async";

// Only the overloads the names cover are rewritten: those without an
// error_code& parameter (the check verifies that).
#define ASIO_AWAITABLE(NS)                                                     \
  "::" NS "::basic_stream_socket::read_some=async_read_some;"                  \
  "::" NS "::basic_stream_socket::write_some=async_write_some;"                \
  "::" NS "::basic_stream_socket::receive=async_receive;"                      \
  "::" NS "::basic_stream_socket::send=async_send;"                            \
  "::" NS "::basic_socket_acceptor::accept=async_accept;"                      \
  "::" NS "::basic_socket::connect=async_connect;"                             \
  "::" NS "::basic_waitable_timer::wait=async_wait;"                           \
  "::" NS "::basic_deadline_timer::wait=async_wait;"                           \
  "::" NS "::read=async_read;"                                                 \
  "::" NS "::write=async_write;"                                               \
  "::" NS "::connect=async_connect;"

const char AwaitableOperations[] =
    ASIO_AWAITABLE("boost::asio") ASIO_AWAITABLE("asio");
#undef ASIO_AWAITABLE

const char AwaitableTokens[] =
    "boost-asio=boost::asio::use_awaitable;asio=asio::use_awaitable";

const char AwaitableTokenHeaders[] =
    "boost-asio=<boost/asio/use_awaitable.hpp>;asio=<asio/use_awaitable.hpp>";

const char EagerTaskTypes[] =
    "::seastar::future;"
    "::seastar::shared_future;"
    "::concurrencpp::result;"
    "::concurrencpp::shared_result;"
    "::QCoro::Task;"
    "::folly::SemiFuture;"
    "::folly::Future;"
    "::std::future;"
    "::std::shared_future;"
    "::boost::asio::experimental::promise;"
    "::asio::experimental::promise;"
    "::acme::Future";

const char SequentialOperations[] =
    // streams, sockets, acceptors, channels, timers (Asio and look-alikes)
    "async_read_some;async_write_some;async_read;async_write;async_read_until;"
    "async_receive;async_receive_from;async_send;async_send_to;async_accept;"
    "async_wait;async_handshake;"
    // generators, queues, events, semaphores
    "next;pop;pop_eventually;wait;receive;accept;acquire;lock;scoped_lock;"
    // sleeps and scheduler delays
    "::folly::coro::sleep;::seastar::sleep;::seastar::sleep_abortable;"
    "::QCoro::sleepFor;::QCoro::sleepUntil;schedule_after;yield_for;"
    "make_delay_object;::unifex::schedule_after;::exec::schedule_after;"
    "::acme::sleepFor";

// `element|gather|result`: the element is what the loop collects into `ops`;
// the result, when given, reads one gathered result `$0` (and enables the
// fix-it).
const char RangeGatherForms[] =
    "folly=$0|co_await folly::coro::collectAllTryRange(std::move(ops))|"
    "std::move($0).value();"
    "cppcoro=$0|co_await cppcoro::when_all_ready(std::move(ops))|"
    "std::move($0).result();"
    "libcoro=$0|co_await coro::when_all(std::move(ops))|"
    "std::move($0).return_value();"
    // The ranged parallel group needs Boost >= 1.81 (Asio 1.26).
    "boost-asio=boost::asio::co_spawn(executor, $0, boost::asio::deferred)|"
    "co_await boost::asio::experimental::make_parallel_group(std::move(ops))"
    ".async_wait(boost::asio::experimental::wait_for_all(), "
    "boost::asio::use_awaitable);"
    "unifex=unifex::materialize($0)|"
    "co_await unifex::when_all_range(std::move(ops));"
    "seastar=$0|co_await seastar::when_all(ops.begin(), ops.end())";

// What the forms above name: the combinator's header and <utility> for
// `std::move` (the check itself adds <vector> for `ops`).
const char RangeGatherHeaders[] =
    "folly=<folly/coro/Collect.h>,<utility>;"
    "cppcoro=<cppcoro/when_all_ready.hpp>,<utility>;"
    "libcoro=<coro/when_all.hpp>,<utility>;"
    "boost-asio=<boost/asio/co_spawn.hpp>,<boost/asio/deferred.hpp>,"
    "<boost/asio/experimental/parallel_group.hpp>,"
    "<boost/asio/use_awaitable.hpp>,<utility>;"
    "unifex=<unifex/materialize.hpp>,<unifex/when_all_range.hpp>,<utility>;"
    "seastar=<seastar/core/when_all.hh>";

// `$[...$]` repeats its contents once per awaited expression, comma-separated.
const char WhenAllForms[] =
    "folly=co_await folly::coro::collectAllTry($[$0$]);"
    "cppcoro=co_await cppcoro::when_all_ready($[$0$]);"
    "libcoro=co_await coro::when_all($[$0$]);"
    "boost-asio=co_await boost::asio::experimental::make_parallel_group("
    "$[boost::asio::co_spawn(executor, $0, boost::asio::deferred)$])"
    ".async_wait(boost::asio::experimental::wait_for_all(), "
    "boost::asio::use_awaitable);"
    "unifex=co_await unifex::when_all($[unifex::materialize($0)$]);"
    "seastar=co_await seastar::when_all($[$0$]);"
    "concurrencpp=co_await concurrencpp::when_all(executor, $[$0$])";
const char TaskTypes[] =
    "::boost::asio::awaitable=lazy;"
    "::asio::awaitable=lazy;"
    "::folly::coro::Task=lazy;"
    "::folly::coro::TaskWithExecutor=lazy;"
    "::folly::coro::AsyncGenerator=lazy;"
    "::cppcoro::task=lazy;"
    "::cppcoro::shared_task=lazy;"
    "::coro::task=lazy;"
    "::exec::task=lazy;"
    "::exec::basic_task=lazy;"
    "::stdexec::task=lazy;"
    "::std::execution::task=lazy;"
    "::unifex::task=lazy;"
    "::unifex::_task::_task::type=lazy;"
    "::concurrencpp::lazy_result=lazy;"
    "::QCoro::LazyTask=lazy;"
    "::seastar::future=eager;"
    "::QCoro::Task=eager;"
    "::concurrencpp::result=eager";

const char BlockingFutureFunctions[] = "::std::async";

const char SpawnFunctions[] =
    "::boost::asio::co_spawn=boost-asio:completion-token;"
    "::asio::co_spawn=asio:completion-token;"
    "::exec::start_detached=stdexec;"
    "::stdexec::start_detached=stdexec;"
    "::folly::coro::TaskWithExecutor::start=folly:result;"
    "::folly::coro::TaskWithExecutor::startInlineUnsafe=folly:result;"
    "::coro::thread_pool::spawn_detached=libcoro;"
    "::coro::scheduler::spawn_detached=libcoro;"
    "::coro::thread_pool::spawn=libcoro;"
    "::coro::io_scheduler::spawn=libcoro;"
    "::coro::io_scheduler::schedule=libcoro:task-argument;"
    "::std::thread::detach=std-thread;"
    "::std::jthread::detach=std-thread";

const char EagerSenderFactories[] =
    "::exec::ensure_started=stdexec:detaches;"
    "::stdexec::ensure_started=stdexec:detaches;"
    "::stdexec::spawn_future=stdexec:stops;"
    "::std::execution::spawn_future=stdexec:stops;"
    "::exec::async_scope::spawn_future=stdexec:stops;"
    "::unifex::spawn_future=unifex:stops;"
    "::unifex::v1::_async_scope::async_scope::spawn=unifex:stops;"
    "::unifex::v1::_async_scope::async_scope::spawn_on=unifex:stops;"
    "::unifex::v1::_async_scope::async_scope::spawn_call_on=unifex:stops";

const char DetachedTokens[] = "::boost::asio::detached_t;::asio::detached_t";

const char OwningFunctions[] =
    "::seastar::with_gate;::seastar::try_with_gate;"
    "::seastar::gate::hold;::seastar::gate::try_hold";

const char UnownedTaskHints[] =
    "boost-asio=await it inside a coroutine, 'co_await "
    "boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or "
    "pass a handler that rethrows or logs its 'std::exception_ptr';"
    "asio=await it inside a coroutine, 'co_await asio::co_spawn(executor, "
    "task, asio::use_awaitable)', or pass a handler that rethrows or logs "
    "its 'std::exception_ptr';"
    "folly=add it to a 'folly::coro::AsyncScope', "
    "'scope.add(co_withExecutor(executor, std::move(task)))', and 'co_await "
    "scope.joinAsync()' before the scope ends;"
    "stdexec=spawn it into a 'stdexec::counting_scope', "
    "'stdexec::spawn(std::move(sender), scope.get_token())', and 'co_await "
    "scope.join()' before the scope ends;"
    "libcoro=start it in a 'coro::task_group' and 'co_await' the group;"
    "std-thread=keep it in a 'std::jthread' or 'join()' it;"
    "seastar=run it under a 'seastar::gate', 'seastar::with_gate(gate, ...)', "
    "and 'co_await gate.close()' before the gate ends;"
    "qcoro=keep the 'QCoro::Task' and 'co_await' it;"
    "concurrencpp=keep the 'concurrencpp::result' and 'co_await' it";
#define ASIO_AND(NS)                                                           \
  "::" NS "::experimental::awaitable_operators::operator&&=" NS                \
  "::experimental::make_parallel_group(" NS "::co_spawn(co_await " NS          \
  "::this_coro::executor, $0, " NS "::experimental::deferred), " NS            \
  "::co_spawn(co_await " NS "::this_coro::executor, $1, " NS                   \
  "::experimental::deferred)).async_wait(" NS                                  \
  "::experimental::wait_for_all(), " NS "::use_awaitable);"

const char AllOrNothingCombinators[] =
    ASIO_AND("boost::asio") ASIO_AND("asio")
    "::folly::coro::collectAll=collectAllTry;"
    "::folly::coro::collectAllRange=collectAllTryRange;"
    "::folly::coro::collectAllWindowed=collectAllTryWindowed;"
    "::cppcoro::when_all=when_all_ready;"
    // Seastar's names are the reverse of the others': when_all collects.
    "::seastar::when_all_succeed=when_all;"
    "::stdexec::when_all=wrap each child in 'stdexec::upon_error', "
    "'stdexec::let_error' or 'exec::materialize' to keep its error as a value;"
    "::stdexec::when_all_with_variant=wrap each child in "
    "'stdexec::upon_error', 'stdexec::let_error' or 'exec::materialize' to "
    "keep its error as a value;"
    "::unifex::when_all=wrap each child in 'unifex::upon_error', "
    "'unifex::let_error' or 'unifex::materialize' to keep its error as a value;"
    "::unifex::when_all_range=wrap each child in 'unifex::upon_error', "
    "'unifex::let_error' or 'unifex::materialize' to keep its error as a value;"
    "::boost::cobalt::join=gather";
#undef ASIO_AND

// The experimental deferred token is what the `&&` replacement spells.
#define ASIO_AND_HEADERS(NS, DIR)                                              \
  "::" NS "::experimental::awaitable_operators::operator&&=<" DIR              \
  "/co_spawn.hpp>,<" DIR "/experimental/deferred.hpp>,<" DIR                   \
  "/experimental/parallel_group.hpp>,<" DIR "/this_coro.hpp>,<" DIR            \
  "/use_awaitable.hpp>;"

const char AllOrNothingHeaders[] =
    ASIO_AND_HEADERS("boost::asio", "boost/asio")
    ASIO_AND_HEADERS("asio", "asio")
    "::folly::coro::collectAll=<folly/coro/Collect.h>;"
    "::folly::coro::collectAllRange=<folly/coro/Collect.h>;"
    "::folly::coro::collectAllWindowed=<folly/coro/Collect.h>;"
    "::cppcoro::when_all=<cppcoro/when_all_ready.hpp>;"
    "::seastar::when_all_succeed=<seastar/core/when_all.hh>;"
    "::boost::cobalt::join=<boost/cobalt/gather.hpp>";
#undef ASIO_AND_HEADERS

const char NonCancellingCombinators[] =
    "::cppcoro::when_all;::seastar::when_all_succeed";

const char NoThrowWrappers[] =
    "::folly::coro::co_awaitTry;"
    "::stdexec::upon_error;::stdexec::let_error;::stdexec::stopped_as_optional;"
    "::exec::materialize;"
    "::unifex::upon_error;::unifex::let_error;::unifex::materialize;"
    "::unifex::done_as_optional;"
    "::seastar::coroutine::as_future";

const char FanOutCombinators[] =
    "::folly::coro::collectAllRange=folly::coro::collectAllWindowed(tasks, "
    "N);"
    "::folly::coro::collectAllTryRange=folly::coro::collectAllTryWindowed("
    "tasks, N);"
    "::cppcoro::when_all=a cppcoro::async_semaphore or N worker tasks;"
    "::cppcoro::when_all_ready=a cppcoro::async_semaphore or N worker tasks;"
    "::coro::when_all=a coro::semaphore<N> acquired in each task "
    "(co_await semaphore.acquire());"
    "::seastar::when_all=seastar::max_concurrent_for_each(range, N, f);"
    "::seastar::when_all_succeed=seastar::max_concurrent_for_each(range, N, "
    "f);"
    "::unifex::when_all_range=an async semaphore or N worker senders;"
    "::concurrencpp::when_all=N worker tasks pulling from a shared queue;"
    "::boost::asio::experimental::make_parallel_group=N worker coroutines "
    "pulling from a boost::asio::experimental::channel;"
    "::asio::experimental::make_parallel_group=N worker coroutines pulling "
    "from an asio::experimental::channel";

const char Limiters[] =
    "::seastar::get_units;::seastar::with_semaphore;"
    "::seastar::basic_semaphore::wait;"
    "::coro::semaphore::acquire;"
    "::cppcoro::async_semaphore::acquire;"
    "::folly::fibers::Semaphore::co_wait;"
    "::boost::asio::experimental::basic_channel::async_send;"
    "::boost::asio::experimental::basic_concurrent_channel::async_send;"
    "::asio::experimental::basic_channel::async_send;"
    "::asio::experimental::basic_concurrent_channel::async_send";

const char ThreadYieldFunctions[] =
    "::std::this_thread::yield;::sched_yield;::pthread_yield";

const char AtomicTypes[] = "::std::atomic;::std::atomic_flag;::std::atomic_ref";

const char YieldPoints[] =
    "boost-asio=co_await boost::asio::post(co_await "
    "boost::asio::this_coro::executor, boost::asio::use_awaitable);"
    "asio=co_await asio::post(co_await asio::this_coro::executor, "
    "asio::use_awaitable);"
    "folly=co_await folly::coro::co_reschedule_on_current_executor;"
    "cppcoro=co_await scheduler.schedule();"
    "libcoro=co_await scheduler->yield();"
    "stdexec=co_await exec::reschedule();"
    "unifex=co_await unifex::schedule();"
    "seastar=co_await seastar::coroutine::maybe_yield()";

std::vector<Entry> parseEntries(llvm::StringRef List) {
  std::vector<Entry> Result;
  for (llvm::StringRef Item : utils::options::parseStringList(List)) {
    auto [Key, Value] = Item.split('=');
    Key = Key.trim();
    if (!Key.empty())
      Result.push_back({Key, Value.trim()});
  }
  return Result;
}

std::vector<llvm::StringRef> keysOf(llvm::ArrayRef<Entry> Entries) {
  std::vector<llvm::StringRef> Keys;
  Keys.reserve(Entries.size());
  for (const Entry &E : Entries)
    Keys.push_back(E.Key);
  return Keys;
}

std::vector<llvm::StringRef> namesIn(llvm::StringRef List) {
  return keysOf(parseEntries(List));
}

llvm::StringMap<std::string> parseLibraryMap(llvm::StringRef List) {
  llvm::StringMap<std::string> Map;
  for (const Entry &E : parseEntries(List))
    Map.try_emplace(E.Key, E.Value.str());
  return Map;
}

} // namespace clang::tidy::async::knowledge
