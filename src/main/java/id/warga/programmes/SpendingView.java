package id.warga.programmes;

import java.time.LocalDate;

/** Money spent on an activity: when, how much, on what, the receipt's number and who recorded it. */
public record SpendingView(
        long id, LocalDate spentOn, Rupiah amount, String description, String receiptNumber, String recordedBy) {}
