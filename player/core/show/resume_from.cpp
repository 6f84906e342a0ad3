#include "core/show/resume_from.hpp"

#include "core/log/log_paths.hpp"

namespace lightning {

ResumeFrom resume_from(const ResumePlan& plan, const Deck& deck) {
    ResumeFrom resume;
    resume.plan = plan;
    resume.reopen_log = [&plan, &deck](LogProblem problem) {
        return std::make_unique<TalkLog>(LogFile(plan.log.path, fallback_log_dirs(deck)),
                                         plan.wall_start, plan.log.events, std::move(problem));
    };
    return resume;
}

}  // namespace lightning
