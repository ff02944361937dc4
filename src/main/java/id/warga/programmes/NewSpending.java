package id.warga.programmes;

import java.time.LocalDate;

/** Spending the RW head reports on an activity: date, amount, what it bought, the receipt's number. */
public record NewSpending(LocalDate spentOn, Rupiah amount, String description, String receiptNumber) {}
