package io.waishi.identity.account;

import java.util.List;

/** Input an account cannot take: every problem found, each naming its field. Answered with 400. */
public class AccountRuleException extends RuntimeException {

    /** One field at fault and why; never the value sent (it may be a password). */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public AccountRuleException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public AccountRuleException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
