package io.rdesuite.client;

import io.rdesuite.api.ApiVersion;
import io.restassured.filter.Filter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The settings of a {@link ReportsClient}: only the token provider is required. */
public final class ReportsClientBuilder {

    final URI baseUri;
    TokenProvider tokenProvider;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    List<Filter> filters = List.of();
    Sleeper sleeper = Sleeper.system();
    Clock clock = Clock.systemUTC();
    Duration connectTimeout = HttpCaller.CONNECT_TIMEOUT;
    Duration readTimeout = HttpCaller.READ_TIMEOUT;
    ReportTracker tracker;
    String owner = "client";
    ApiVersion version = ApiVersion.V3;
    PollBudget pollBudget;

    ReportsClientBuilder(URI baseUri) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.tracker = ReportTracker.forTarget(baseUri);
    }

    public ReportsClientBuilder tokenProvider(TokenProvider tokenProvider) {
        this.tokenProvider = Objects.requireNonNull(tokenProvider);
        return this;
    }

    public ReportsClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy);
        return this;
    }

    /** Filters every request passes through, in order (the acceptance suite adds its Allure filter here). */
    public ReportsClientBuilder filters(List<Filter> filters) {
        this.filters = List.copyOf(filters);
        return this;
    }

    public ReportsClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper);
        return this;
    }

    public ReportsClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    public ReportsClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout);
        return this;
    }

    public ReportsClientBuilder readTimeout(Duration readTimeout) {
        this.readTimeout = Objects.requireNonNull(readTimeout);
        return this;
    }

    /**
     * The tracker the client records the reports it starts and sees end in, as started by {@code owner} (who can
     * cancel them); by default the target's tracker ({@link ReportTracker#forTarget}), as started by "client".
     */
    public ReportsClientBuilder tracker(ReportTracker tracker, String owner) {
        this.tracker = Objects.requireNonNull(tracker);
        this.owner = Objects.requireNonNull(owner);
        return this;
    }

    /** The version whose paths the client calls; v3 unless set. */
    public ReportsClientBuilder version(ApiVersion version) {
        this.version = Objects.requireNonNull(version);
        return this;
    }

    /**
     * The budget the client's waits for reports take their polls from; by default the target's
     * ({@link PollBudget#forTarget}) when the client reads the system clock, else one of its own on the client's
     * clock.
     */
    public ReportsClientBuilder pollBudget(PollBudget pollBudget) {
        this.pollBudget = Objects.requireNonNull(pollBudget);
        return this;
    }

    PollBudget pollBudgetOrDefault() {
        if (pollBudget == null) {
            pollBudget = clock.equals(Clock.systemUTC()) ? PollBudget.forTarget(baseUri)
                    : PollBudget.of(PollBudget.DEFAULT, clock);
        }
        return pollBudget;
    }

    public ReportsClient build() {
        return new ReportsClient(this);
    }

    ReportsClientBuilder copy() {
        ReportsClientBuilder copy = new ReportsClientBuilder(baseUri);
        copy.tokenProvider = tokenProvider;
        copy.retryPolicy = retryPolicy;
        copy.filters = filters;
        copy.sleeper = sleeper;
        copy.clock = clock;
        copy.connectTimeout = connectTimeout;
        copy.readTimeout = readTimeout;
        copy.tracker = tracker;
        copy.owner = owner;
        copy.version = version;
        copy.pollBudget = pollBudget;
        return copy;
    }
}
