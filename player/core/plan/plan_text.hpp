#pragma once
// What `lightning plan` prints: per slide now | proposed | change, the total, the warnings; and
// for fixed slots (Ignite, PechaKucha) the words advice.
#include <string>

#include "core/plan/plan_fit.hpp"
#include "core/plan/slot_advice.hpp"

namespace lightning {

std::string plan_text(const std::string& title, const Plan& plan);
std::string advice_text(const std::string& title, const std::string& format,
                        const SlotAdvice& advice);

}  // namespace lightning
