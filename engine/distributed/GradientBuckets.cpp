// GradientBuckets (see the header).
#include "distributed/GradientBuckets.h"

#include <torch/autograd.h>

namespace litetune {

namespace {

constexpr std::int64_t kBucketBytes = 25LL << 20;

} // namespace

GradientBuckets::GradientBuckets(WorkerGroup& group, std::vector<torch::Tensor> params)
    : m_group(group)
    , m_params(std::move(params))
    , m_slots(m_params.size()) {
    std::int64_t bucketBytes = 0;
    std::vector<std::int64_t> sizes;
    for (std::size_t k = m_params.size(); k-- > 0;) {
        const torch::Tensor& p = m_params[k];
        const std::int64_t bytes = p.numel() * static_cast<std::int64_t>(p.element_size());
        const bool fresh = m_buckets.empty() || bucketBytes + bytes > kBucketBytes ||
                           m_params[m_buckets.back().params.front()].scalar_type() != p.scalar_type();
        if (fresh) {
            m_buckets.emplace_back();
            sizes.push_back(0);
            bucketBytes = 0;
        }
        m_slots[k] = {m_buckets.size() - 1, sizes.back(), false};
        m_buckets.back().params.push_back(k);
        sizes.back() += p.numel();
        bucketBytes += bytes;
    }
    for (std::size_t b = 0; b < m_buckets.size(); ++b) {
        const torch::Tensor& first = m_params[m_buckets[b].params.front()];
        m_buckets[b].flat = torch::zeros({sizes[b]}, first.options().requires_grad(false));
    }
    for (std::size_t k = 0; k < m_params.size(); ++k)
        m_hooks.push_back(m_params[k].register_hook([this, k](const torch::Tensor& grad) { onGradient(k, grad); }));
}

GradientBuckets::~GradientBuckets() {
    for (std::size_t k = 0; k < m_params.size(); ++k)
        m_params[k].remove_hook(m_hooks[k]);
}

void GradientBuckets::arm() {
    const std::lock_guard<std::mutex> lock(m_mutex);
    for (Slot& slot : m_slots)
        slot.ready = false;
    for (Bucket& bucket : m_buckets) {
        bucket.pending = bucket.params.size();
        bucket.sum.reset();
    }
    m_nextToStart = 0;
    m_armed = true;
}

void GradientBuckets::onGradient(std::size_t param, const torch::Tensor& grad) {
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_armed || m_slots[param].ready)
        return;
    torch::NoGradGuard noGrad;
    const torch::Tensor& accumulated = m_params[param].grad(); // earlier micro-batches of the step
    fill(param, accumulated.defined() ? accumulated + grad : grad);
    startReadyBuckets();
}

void GradientBuckets::fill(std::size_t param, const torch::Tensor& gradient) {
    Slot& slot = m_slots[param];
    Bucket& bucket = m_buckets[slot.bucket];
    auto place = bucket.flat.slice(0, slot.offset, slot.offset + m_params[param].numel());
    if (gradient.defined())
        place.copy_(gradient.reshape({-1}));
    else
        place.zero_();
    slot.ready = true;
    --bucket.pending;
}

void GradientBuckets::startReadyBuckets() {
    while (m_nextToStart < m_buckets.size() && m_buckets[m_nextToStart].pending == 0) {
        Bucket& bucket = m_buckets[m_nextToStart++];
        bucket.sum = m_group.startSum(bucket.flat);
    }
}

void GradientBuckets::finish() {
    const std::lock_guard<std::mutex> lock(m_mutex);
    torch::NoGradGuard noGrad;
    for (std::size_t k = 0; k < m_params.size(); ++k)
        if (!m_slots[k].ready)
            fill(k, m_params[k].grad());
    startReadyBuckets();
    m_armed = false;
    for (Bucket& bucket : m_buckets) {
        m_group.finishSum(bucket.sum);
        for (const std::size_t k : bucket.params) {
            torch::Tensor& p = m_params[k];
            const auto sum = bucket.flat.slice(0, m_slots[k].offset, m_slots[k].offset + p.numel()).view(p.sizes());
            if (p.grad().defined())
                p.mutable_grad().copy_(sum);
            else
                p.mutable_grad() = sum.clone();
        }
    }
}

} // namespace litetune
