package io.waishi.reception.visit.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * The departure date of a stay is not before its arrival date; reported on the {@code departureDate} field
 * so a form can show it in place. (The domain refuses it too; this only makes the 400 name the field.)
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DepartureNotBeforeArrival.Check.class)
@interface DepartureNotBeforeArrival {

    String message() default "must not be before the arrival date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request with an arrival and a departure date. */
    interface Stay {

        LocalDate arrivalDate();

        LocalDate departureDate();
    }

    class Check implements ConstraintValidator<DepartureNotBeforeArrival, Stay> {

        @Override
        public boolean isValid(Stay stay, ConstraintValidatorContext context) {
            if (stay == null || stay.arrivalDate() == null || stay.departureDate() == null
                    || !stay.departureDate().isBefore(stay.arrivalDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("departureDate")
                    .addConstraintViolation();
            return false;
        }
    }
}
