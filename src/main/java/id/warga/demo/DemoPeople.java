package id.warga.demo;

import id.warga.population.LabourActivity;
import id.warga.population.NewHousehold;
import id.warga.population.NewResident;
import id.warga.population.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws plausible households: one head, a spouse, children whose ages fit their mother's,
 * sometimes a grandparent or a grandchild; Dukcapil codes that fit age and work; and a labour
 * block for everyone 15+ whose chances follow age, sex, education and the RT's own level of
 * unemployment.
 */
final class DemoPeople {

    private static final int HEAD = 1,
            HUSBAND = 2,
            WIFE = 3,
            CHILD = 4,
            GRANDCHILD = 6,
            PARENT = 7,
            PARENT_IN_LAW = 8,
            RELATIVE = 9,
            HELPER = 10;
    private static final int SINGLE = 1, MARRIED = 2, DIVORCED = 3, WIDOWED = 4;

    private final Random random;
    private final LocalDate today;
    private final DemoIdentifiers identifiers;
    private final List<String> cityKecamatan;
    private final List<String> outsideKecamatan;

    DemoPeople(
            Random random,
            LocalDate today,
            DemoIdentifiers identifiers,
            List<String> cityKecamatan,
            List<String> outsideKecamatan) {
        this.random = random;
        this.today = today;
        this.identifiers = identifiers;
        this.cityKecamatan = cityKecamatan;
        this.outsideKecamatan = outsideKecamatan;
    }

    /** Households whose members number exactly {@code residents}, living in the given RT. */
    List<NewHousehold> householdsFor(String rtCode, int residents, double unemploymentFactor) {
        String homeKecamatan = rtCode.substring(0, 8).replace(".", "");
        List<NewHousehold> households = new ArrayList<>();
        int remaining = residents;
        while (remaining > 0) {
            List<Person> members = draw(remaining);
            remaining -= members.size();
            households.add(toHousehold(rtCode, homeKecamatan, members, unemploymentFactor));
        }
        return households;
    }

    private List<Person> draw(int remaining) {
        List<Person> members = new ArrayList<>();
        double type = random.nextDouble();
        if (remaining == 1 || type < 0.08) {
            boolean female = random.nextDouble() < 0.4;
            int age = weightedAdultAge();
            int status = age < 30 ? SINGLE : (female ? WIDOWED : (random.nextBoolean() ? DIVORCED : WIDOWED));
            members.add(new Person(HEAD, female, age, status));
            return members;
        }
        if (type < 0.20) {
            int headAge = between(22, 80);
            members.add(new Person(HEAD, false, headAge, MARRIED));
            members.add(new Person(WIFE, true, Math.max(19, headAge - between(0, 8)), MARRIED));
        } else if (type < 0.90) {
            int headAge = between(25, 62);
            members.add(new Person(HEAD, false, headAge, MARRIED));
            Person wife = new Person(WIFE, true, Math.max(19, headAge - between(0, 7)), MARRIED);
            members.add(wife);
            addChildren(members, wife.age, childCount());
        } else {
            boolean female = random.nextDouble() < 0.65;
            int headAge = between(28, 65);
            members.add(new Person(HEAD, female, headAge, random.nextBoolean() ? DIVORCED : WIDOWED));
            addChildren(members, headAge, 1 + random.nextInt(3));
        }
        int headAge = members.get(0).age;
        if (random.nextDouble() < 0.12 && headAge + 22 <= 95) {
            members.add(new Person(
                    random.nextBoolean() ? PARENT : PARENT_IN_LAW,
                    random.nextDouble() < 0.65,
                    Math.min(95, headAge + between(22, 35)),
                    WIDOWED));
        }
        if (headAge >= 50 && random.nextDouble() < 0.10) {
            members.add(new Person(GRANDCHILD, random.nextBoolean(), between(0, 10), SINGLE));
        }
        if (random.nextDouble() < 0.03) {
            members.add(new Person(RELATIVE, random.nextBoolean(), between(15, 40), SINGLE));
        }
        if (random.nextDouble() < 0.01) {
            members.add(new Person(HELPER, true, between(20, 50), SINGLE));
        }
        while (members.size() > remaining) {
            members.remove(members.size() - 1);
        }
        return members;
    }

    private void addChildren(List<Person> members, int motherAge, int count) {
        int age = motherAge - between(20, 30);
        for (int i = 0; i < count && age >= 0; i++) {
            members.add(new Person(CHILD, random.nextBoolean(), age, SINGLE));
            age -= between(1, 5);
        }
    }

    private NewHousehold toHousehold(
            String rtCode, String homeKecamatan, List<Person> members, double unemploymentFactor) {
        LocalDate youngestBirth = null;
        List<NewResident> residents = new ArrayList<>();
        LocalDate headBirth = null;
        for (Person person : members) {
            LocalDate birthDate = today.minusYears(person.age).minusDays(random.nextInt(365));
            if (person.relation == HEAD) {
                headBirth = birthDate;
            }
            if (youngestBirth == null || birthDate.isAfter(youngestBirth)) {
                youngestBirth = birthDate;
            }
            residents.add(resident(person, birthDate, homeKecamatan, unemploymentFactor));
        }
        LocalDate earliest = headBirth.plusYears(18);
        if (youngestBirth.isAfter(earliest)) {
            earliest = youngestBirth;
        }
        LocalDate issued = earliest.plusDays(random.nextInt(400));
        if (issued.isAfter(today)) {
            issued = today;
        }
        String kkNumber = identifiers.kkNumber(homeKecamatan, issued);
        return new NewHousehold(kkNumber, DemoNames.address(random), rtCode, issued, residents);
    }

    private NewResident resident(Person person, LocalDate birthDate, String homeKecamatan, double factor) {
        double origin = random.nextDouble();
        boolean outside = person.age >= 17 && origin < 0.12;
        String issuedIn = outside
                ? DemoNames.pick(random, outsideKecamatan)
                : (origin < 0.20 ? DemoNames.pick(random, cityKecamatan) : homeKecamatan);
        String nik = identifiers.nik(issuedIn, birthDate, person.female);
        int education = education(person.age);
        Labour labour = person.age >= 15 ? labour(person, education, factor) : null;
        int occupation = occupation(person.age, labour);
        LabourActivity activity = null;
        LocalDate reference = null;
        double completeness = random.nextDouble();
        if (labour != null && completeness < 0.95) {
            activity = labour.activity;
            reference = completeness < 0.90 ? today.minusDays(between(7, 150)) : today.minusDays(between(190, 400));
        }
        return new NewResident(
                nik,
                DemoNames.person(random, person.female),
                person.female ? Sex.FEMALE : Sex.MALE,
                DemoNames.birthplace(random, !outside && random.nextDouble() < 0.8),
                birthDate,
                religion(),
                person.age < 17 ? SINGLE : person.maritalStatus,
                education,
                occupation,
                person.relation,
                1,
                null,
                activity,
                reference);
    }

    private Labour labour(Person person, int education, double factor) {
        if (random.nextDouble() >= participation(person)) {
            LabourActivity reason;
            if (person.age < 25 && random.nextDouble() < 0.8) {
                reason = LabourActivity.SCHOOL;
            } else if (person.female && person.age < 65 && random.nextDouble() < 0.85) {
                reason = LabourActivity.HOUSEKEEPING;
            } else {
                reason = LabourActivity.OTHER;
            }
            return new Labour(reason);
        }
        double unemployment = Math.min(0.9, unemploymentRate(person.age) * educationFactor(education) * factor);
        if (random.nextDouble() < unemployment) {
            double kind = random.nextDouble();
            return new Labour(
                    kind < 0.75
                            ? LabourActivity.LOOKING_FOR_WORK
                            : kind < 0.83
                                    ? LabourActivity.PREPARING_BUSINESS
                                    : kind < 0.95 ? LabourActivity.DISCOURAGED : LabourActivity.JOB_STARTING_SOON);
        }
        return new Labour(random.nextDouble() < 0.96 ? LabourActivity.WORKED : LabourActivity.TEMPORARILY_ABSENT);
    }

    private double participation(Person p) {
        int a = p.age;
        if (p.female) {
            return a < 20 ? 0.14 : a < 25 ? 0.52 : a < 55 ? 0.53 : a < 65 ? 0.38 : 0.15;
        }
        return a < 20 ? 0.20 : a < 25 ? 0.68 : a < 30 ? 0.93 : a < 55 ? 0.96 : a < 60 ? 0.88 : a < 65 ? 0.70 : 0.38;
    }

    private static double unemploymentRate(int age) {
        return age < 20 ? 0.30 : age < 25 ? 0.19 : age < 30 ? 0.10 : age < 35 ? 0.06 : age < 55 ? 0.035 : 0.02;
    }

    private static double educationFactor(int education) {
        return education <= 3 ? 0.8 : education == 4 ? 1.0 : education == 5 ? 1.3 : education <= 7 ? 1.1 : 0.9;
    }

    private int education(int age) {
        if (age < 7) {
            return 1;
        }
        if (age < 13) {
            return 2;
        }
        if (age < 16) {
            return 3;
        }
        if (age < 19) {
            return 4;
        }
        double r = random.nextDouble();
        if (age <= 40) {
            return pickCumulative(r, new double[] {0, 0.01, 0.10, 0.25, 0.70, 0.73, 0.79, 0.97, 0.995, 1.0});
        }
        if (age <= 60) {
            return pickCumulative(r, new double[] {0.01, 0.05, 0.30, 0.50, 0.85, 0.87, 0.91, 0.98, 0.997, 1.0});
        }
        return pickCumulative(r, new double[] {0.10, 0.25, 0.65, 0.80, 0.94, 0.95, 0.96, 0.995, 1.0, 1.0});
    }

    private static int pickCumulative(double r, double[] cumulative) {
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return i + 1;
            }
        }
        return cumulative.length;
    }

    private static final int[] WORKER_OCCUPATIONS = {15, 88, 19, 84, 12, 5, 65, 81, 16, 13, 18, 26, 35, 11, 74, 30, 72};
    private static final double[] WORKER_WEIGHTS = {
        0.30, 0.14, 0.12, 0.08, 0.07, 0.04, 0.03, 0.04, 0.04, 0.03, 0.03, 0.02, 0.02, 0.01, 0.01, 0.01, 0.01
    };

    private int occupation(int age, Labour labour) {
        if (labour == null) {
            return age >= 5 ? 3 : 1;
        }
        return switch (labour.activity.status()) {
            case EMPLOYED -> weighted(WORKER_OCCUPATIONS, WORKER_WEIGHTS);
            // KK entries are rarely updated: some of the unemployed still carry their last job
            case UNEMPLOYED -> random.nextDouble() < 0.12 ? 15 : 1;
            case NOT_IN_LABOUR_FORCE ->
                switch (labour.activity) {
                    case SCHOOL -> 3;
                    case HOUSEKEEPING -> 2;
                    default -> age >= 58 && random.nextDouble() < 0.4 ? 4 : 1;
                };
        };
    }

    private int weighted(int[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private int religion() {
        double r = random.nextDouble();
        return r < 0.975 ? 1 : r < 0.99 ? 2 : r < 0.996 ? 3 : r < 0.998 ? 4 : 5;
    }

    private int childCount() {
        double r = random.nextDouble();
        return r < 0.30 ? 1 : r < 0.65 ? 2 : r < 0.87 ? 3 : 4;
    }

    private int weightedAdultAge() {
        double r = random.nextDouble();
        return r < 0.5 ? between(20, 35) : r < 0.8 ? between(36, 60) : between(61, 85);
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static final class Person {
        final int relation;
        final boolean female;
        final int age;
        final int maritalStatus;

        Person(int relation, boolean female, int age, int maritalStatus) {
            this.relation = relation;
            this.female = female;
            this.age = age;
            this.maritalStatus = maritalStatus;
        }
    }

    private record Labour(LabourActivity activity) {}
}
