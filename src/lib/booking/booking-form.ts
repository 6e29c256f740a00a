// What the check-your-booking page posts to /bookings: the id of the course dates to book.
import { z } from 'zod';
import { formText } from '#lib/account/form-text.ts';

const choose = 'Choose the course dates again from the course page';

export const bookingForm = z.object({ cohort: formText(choose, 'Course dates').min(1, choose).max(200, choose) });
