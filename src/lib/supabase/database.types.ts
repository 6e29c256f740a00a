export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      audit_log: {
        Row: {
          action: string
          actor: string | null
          at: string
          details: NonNullable<Json>
          id: number
          subject_id: string
          subject_type: string
        }
        Insert: {
          action: string
          actor?: string | null
          at?: string
          details?: NonNullable<Json>
          id?: never
          subject_id: string
          subject_type: string
        }
        Update: {
          action?: string
          actor?: string | null
          at?: string
          details?: NonNullable<Json>
          id?: never
          subject_id?: string
          subject_type?: string
        }
        Relationships: []
      }
      bookings: {
        Row: {
          booked_at: string
          cancelled_at: string | null
          cancelled_by: string | null
          cohort_id: string
          confirmed_at: string | null
          id: string
          status: Database["public"]["Enums"]["booking_status"]
          user_id: string
          waitlist_position: number | null
        }
        Insert: {
          booked_at?: string
          cancelled_at?: string | null
          cancelled_by?: string | null
          cohort_id: string
          confirmed_at?: string | null
          id?: string
          status: Database["public"]["Enums"]["booking_status"]
          user_id: string
          waitlist_position?: number | null
        }
        Update: {
          booked_at?: string
          cancelled_at?: string | null
          cancelled_by?: string | null
          cohort_id?: string
          confirmed_at?: string | null
          id?: string
          status?: Database["public"]["Enums"]["booking_status"]
          user_id?: string
          waitlist_position?: number | null
        }
        Relationships: []
      }
      certificates: {
        Row: {
          code: string
          cohort_ends_on: string
          cohort_starts_on: string
          completion_id: string | null
          course_id: string
          course_title: string
          cpd_hours: number
          id: string
          issued_at: string
          learner_name: string | null
          revoked_at: string | null
          revoked_reason: string | null
          user_id: string | null
        }
        Insert: {
          code: string
          cohort_ends_on: string
          cohort_starts_on: string
          completion_id?: string | null
          course_id: string
          course_title: string
          cpd_hours: number
          id?: string
          issued_at?: string
          learner_name?: string | null
          revoked_at?: string | null
          revoked_reason?: string | null
          user_id?: string | null
        }
        Update: {
          code?: string
          cohort_ends_on?: string
          cohort_starts_on?: string
          completion_id?: string | null
          course_id?: string
          course_title?: string
          cpd_hours?: number
          id?: string
          issued_at?: string
          learner_name?: string | null
          revoked_at?: string | null
          revoked_reason?: string | null
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "certificates_completion_id_fkey"
            columns: ["completion_id"]
            isOneToOne: true
            referencedRelation: "course_completions"
            referencedColumns: ["id"]
          },
        ]
      }
      champion_applications: {
        Row: {
          applied_at: string
          decided_at: string | null
          decided_by: string | null
          decision_reason: string | null
          job_role: string
          motivation: string
          status: string
          trust: string
          user_id: string
        }
        Insert: {
          applied_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decision_reason?: string | null
          job_role: string
          motivation: string
          status?: string
          trust: string
          user_id: string
        }
        Update: {
          applied_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decision_reason?: string | null
          job_role?: string
          motivation?: string
          status?: string
          trust?: string
          user_id?: string
        }
        Relationships: []
      }
      course_completions: {
        Row: {
          cohort_id: string
          completed_at: string
          course_id: string
          id: string
          user_id: string
        }
        Insert: {
          cohort_id: string
          completed_at?: string
          course_id: string
          id?: string
          user_id: string
        }
        Update: {
          cohort_id?: string
          completed_at?: string
          course_id?: string
          id?: string
          user_id?: string
        }
        Relationships: []
      }
      cpd_entries: {
        Row: {
          activity: string
          activity_date: string
          created_at: string
          hours: number
          id: string
          kind: string
          learned: string
          practice_change: string
          source: string
          source_id: string
          updated_at: string
          user_id: string
        }
        Insert: {
          activity: string
          activity_date: string
          created_at?: string
          hours: number
          id?: string
          kind: string
          learned?: string
          practice_change?: string
          source: string
          source_id: string
          updated_at?: string
          user_id: string
        }
        Update: {
          activity?: string
          activity_date?: string
          created_at?: string
          hours?: number
          id?: string
          kind?: string
          learned?: string
          practice_change?: string
          source?: string
          source_id?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: []
      }
      guideline_bookmarks: {
        Row: {
          created_at: string
          guideline_id: string
          seen_at: string
          seen_version: string
          user_id: string
        }
        Insert: {
          created_at?: string
          guideline_id: string
          seen_at?: string
          seen_version: string
          user_id?: string
        }
        Update: {
          created_at?: string
          guideline_id?: string
          seen_at?: string
          seen_version?: string
          user_id?: string
        }
        Relationships: []
      }
      lesson_progress: {
        Row: {
          completed_at: string
          lesson_id: string
          user_id: string
        }
        Insert: {
          completed_at?: string
          lesson_id: string
          user_id?: string
        }
        Update: {
          completed_at?: string
          lesson_id?: string
          user_id?: string
        }
        Relationships: []
      }
      lesson_reflections: {
        Row: {
          created_at: string
          lesson_id: string
          reflection: string
          updated_at: string
          user_id: string
        }
        Insert: {
          created_at?: string
          lesson_id: string
          reflection: string
          updated_at?: string
          user_id?: string
        }
        Update: {
          created_at?: string
          lesson_id?: string
          reflection?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: []
      }
      network_members: {
        Row: {
          applied_at: string
          decided_at: string | null
          decided_by: string | null
          decision_reason: string | null
          gphc_number: string
          job_role: string
          status: string
          trust: string
          user_id: string
        }
        Insert: {
          applied_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decision_reason?: string | null
          gphc_number: string
          job_role: string
          status?: string
          trust: string
          user_id: string
        }
        Update: {
          applied_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decision_reason?: string | null
          gphc_number?: string
          job_role?: string
          status?: string
          trust?: string
          user_id?: string
        }
        Relationships: []
      }
      profiles: {
        Row: {
          created_at: string
          full_name: string
          id: string
          profession: string | null
          registration_body: string | null
          registration_number: string | null
          trust: string | null
          updated_at: string
        }
        Insert: {
          created_at?: string
          full_name?: string
          id: string
          profession?: string | null
          registration_body?: string | null
          registration_number?: string | null
          trust?: string | null
          updated_at?: string
        }
        Update: {
          created_at?: string
          full_name?: string
          id?: string
          profession?: string | null
          registration_body?: string | null
          registration_number?: string | null
          trust?: string | null
          updated_at?: string
        }
        Relationships: []
      }
      quiz_attempts: {
        Row: {
          answers: NonNullable<Json>
          attempt_number: number
          correct_count: number
          id: string
          passed: boolean
          question_count: number
          quiz_id: string
          score: number
          submitted_at: string
          user_id: string
        }
        Insert: {
          answers: NonNullable<Json>
          attempt_number: number
          correct_count: number
          id?: string
          passed: boolean
          question_count: number
          quiz_id: string
          score: number
          submitted_at?: string
          user_id: string
        }
        Update: {
          answers?: NonNullable<Json>
          attempt_number?: number
          correct_count?: number
          id?: string
          passed?: boolean
          question_count?: number
          quiz_id?: string
          score?: number
          submitted_at?: string
          user_id?: string
        }
        Relationships: []
      }
      resource_reports: {
        Row: {
          created_at: string
          reason: string
          resource_id: string
          user_id: string
        }
        Insert: {
          created_at?: string
          reason: string
          resource_id: string
          user_id: string
        }
        Update: {
          created_at?: string
          reason?: string
          resource_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "resource_reports_resource_id_fkey"
            columns: ["resource_id"]
            isOneToOne: false
            referencedRelation: "resources"
            referencedColumns: ["id"]
          },
        ]
      }
      resource_useful: {
        Row: {
          created_at: string
          resource_id: string
          user_id: string
        }
        Insert: {
          created_at?: string
          resource_id: string
          user_id?: string
        }
        Update: {
          created_at?: string
          resource_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "resource_useful_resource_id_fkey"
            columns: ["resource_id"]
            isOneToOne: false
            referencedRelation: "resources"
            referencedColumns: ["id"]
          },
        ]
      }
      resources: {
        Row: {
          audience: string
          author: string
          created_at: string
          id: string
          moderated_at: string | null
          moderated_by: string | null
          note: string | null
          rejection_reason: string | null
          reported: boolean
          status: string
          summary: string
          tags: string[]
          title: string
          trust: string
          updated_at: string
          url: string | null
          useful_count: number
        }
        Insert: {
          audience: string
          author?: string
          created_at?: string
          id?: string
          moderated_at?: string | null
          moderated_by?: string | null
          note?: string | null
          rejection_reason?: string | null
          reported?: boolean
          status?: string
          summary: string
          tags?: string[]
          title: string
          trust: string
          updated_at?: string
          url?: string | null
          useful_count?: number
        }
        Update: {
          audience?: string
          author?: string
          created_at?: string
          id?: string
          moderated_at?: string | null
          moderated_by?: string | null
          note?: string | null
          rejection_reason?: string | null
          reported?: boolean
          status?: string
          summary?: string
          tags?: string[]
          title?: string
          trust?: string
          updated_at?: string
          url?: string | null
          useful_count?: number
        }
        Relationships: []
      }
      user_roles: {
        Row: {
          granted_at: string
          granted_by: string | null
          role: Database["public"]["Enums"]["app_role"]
          user_id: string
        }
        Insert: {
          granted_at?: string
          granted_by?: string | null
          role: Database["public"]["Enums"]["app_role"]
          user_id: string
        }
        Update: {
          granted_at?: string
          granted_by?: string | null
          role?: Database["public"]["Enums"]["app_role"]
          user_id?: string
        }
        Relationships: []
      }
      webinar_views: {
        Row: {
          completed_at: string | null
          grace_seconds: number
          last_reported_at: string
          percent: number
          ranges: NonNullable<Json>
          seconds_watched: number
          started_at: string
          user_id: string
          webinar_id: string
        }
        Insert: {
          completed_at?: string | null
          grace_seconds?: number
          last_reported_at?: string
          percent?: number
          ranges?: NonNullable<Json>
          seconds_watched?: number
          started_at?: string
          user_id: string
          webinar_id: string
        }
        Update: {
          completed_at?: string | null
          grace_seconds?: number
          last_reported_at?: string
          percent?: number
          ranges?: NonNullable<Json>
          seconds_watched?: number
          started_at?: string
          user_id?: string
          webinar_id?: string
        }
        Relationships: []
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      add_external_cpd: {
        Args: {
          activity: string
          activity_date: string
          hours: number
          kind: string
          learned?: string
          practice_change?: string
        }
        Returns: {
          activity: string
          activity_date: string
          created_at: string
          hours: number
          id: string
          kind: string
          learned: string
          practice_change: string
          source: string
          source_id: string
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "cpd_entries"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      admin_people: {
        Args: { search?: string }
        Returns: {
          email: string
          full_name: string
          id: string
          roles: Database["public"]["Enums"]["app_role"][]
        }[]
      }
      apply_to_be_champion: {
        Args: { job_role: string; motivation: string; trust: string }
        Returns: {
          applied_at: string
          decided_at: string | null
          decided_by: string | null
          decision_reason: string | null
          job_role: string
          motivation: string
          status: string
          trust: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "champion_applications"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      book_place: {
        Args: { cohort: string }
        Returns: {
          booked_at: string
          cancelled_at: string | null
          cancelled_by: string | null
          cohort_id: string
          confirmed_at: string | null
          id: string
          status: Database["public"]["Enums"]["booking_status"]
          user_id: string
          waitlist_position: number | null
        }
        SetofOptions: {
          from: "*"
          to: "bookings"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      bookmark_guideline: {
        Args: { guideline: string }
        Returns: {
          created_at: string
          guideline_id: string
          seen_at: string
          seen_version: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "guideline_bookmarks"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cancel_booking: {
        Args: { booking: string }
        Returns: {
          booked_at: string
          cancelled_at: string | null
          cancelled_by: string | null
          cohort_id: string
          confirmed_at: string | null
          id: string
          status: Database["public"]["Enums"]["booking_status"]
          user_id: string
          waitlist_position: number | null
        }
        SetofOptions: {
          from: "*"
          to: "bookings"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cohort_availability: {
        Args: { course: string }
        Returns: {
          booking_closes: string
          booking_open: boolean
          booking_opens: string
          capacity: number
          cohort_id: string
          my_booking_id: string
          my_status: Database["public"]["Enums"]["booking_status"]
          my_waitlist_position: number
          places_left: number
          starts_on: string
          waitlist_places_left: number
        }[]
      }
      cohort_learners: {
        Args: { cohort: string }
        Returns: {
          booked_at: string
          completed_at: string
          email: string
          full_name: string
          lessons_done: number
          profession: string
          quizzes_passed: number
          required_lessons: number
          required_quizzes: number
          status: Database["public"]["Enums"]["booking_status"]
          trust: string
          user_id: string
          waitlist_position: number
        }[]
      }
      complete_course: {
        Args: { course: string }
        Returns: {
          code: string
          cohort_ends_on: string
          cohort_starts_on: string
          completion_id: string | null
          course_id: string
          course_title: string
          cpd_hours: number
          id: string
          issued_at: string
          learner_name: string | null
          revoked_at: string | null
          revoked_reason: string | null
          user_id: string | null
        }
        SetofOptions: {
          from: "*"
          to: "certificates"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      completion_gate: { Args: { course: string }; Returns: Json }
      course_dashboard: { Args: { course: string }; Returns: Json }
      decide_champion_application: {
        Args: { applicant: string; approve: boolean; reason?: string }
        Returns: {
          applied_at: string
          decided_at: string | null
          decided_by: string | null
          decision_reason: string | null
          job_role: string
          motivation: string
          status: string
          trust: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "champion_applications"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      decide_membership: {
        Args: { approve: boolean; member: string; reason?: string }
        Returns: {
          applied_at: string
          decided_at: string | null
          decided_by: string | null
          decision_reason: string | null
          gphc_number: string
          job_role: string
          status: string
          trust: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "network_members"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      delete_my_account: { Args: { confirm_email: string }; Returns: undefined }
      export_my_data: { Args: Record<PropertyKey, never>; Returns: Json }
      has_role: {
        Args: { wanted: Database["public"]["Enums"]["app_role"] }
        Returns: boolean
      }
      is_network_member: { Args: Record<PropertyKey, never>; Returns: boolean }
      join_network: {
        Args: { gphc_number: string; job_role: string; trust: string }
        Returns: {
          applied_at: string
          decided_at: string | null
          decided_by: string | null
          decision_reason: string | null
          gphc_number: string
          job_role: string
          status: string
          trust: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "network_members"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      moderate_resource: {
        Args: { approve: boolean; reason?: string; resource: string }
        Returns: {
          audience: string
          author: string
          created_at: string
          id: string
          moderated_at: string | null
          moderated_by: string | null
          note: string | null
          rejection_reason: string | null
          reported: boolean
          status: string
          summary: string
          tags: string[]
          title: string
          trust: string
          updated_at: string
          url: string | null
          useful_count: number
        }
        SetofOptions: {
          from: "*"
          to: "resources"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      my_guidelines: {
        Args: Record<PropertyKey, never>
        Returns: {
          bookmarked_at: string
          changed: boolean
          current_version: string
          guideline_id: string
          retired: boolean
          seen_version: string
          title: string
        }[]
      }
      open_guideline: { Args: { guideline: string }; Returns: undefined }
      record_webinar_progress: {
        Args: { ranges: Json; webinar: string }
        Returns: Json
      }
      remove_external_cpd: {
        Args: { entry: string }
        Returns: {
          activity: string
          activity_date: string
          created_at: string
          hours: number
          id: string
          kind: string
          learned: string
          practice_change: string
          source: string
          source_id: string
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "cpd_entries"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      report_resource: {
        Args: { reason: string; resource: string }
        Returns: undefined
      }
      revoke_certificate: {
        Args: { certificate: string; reason: string }
        Returns: {
          code: string
          cohort_ends_on: string
          cohort_starts_on: string
          completion_id: string | null
          course_id: string
          course_title: string
          cpd_hours: number
          id: string
          issued_at: string
          learner_name: string | null
          revoked_at: string | null
          revoked_reason: string | null
          user_id: string | null
        }
        SetofOptions: {
          from: "*"
          to: "certificates"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      submit_quiz_attempt: {
        Args: { answers: Json; quiz: string }
        Returns: Json
      }
      verify_certificate: {
        Args: { certificate_code: string }
        Returns: {
          code: string
          cohort_ends_on: string
          cohort_starts_on: string
          course_title: string
          cpd_hours: number
          issued_at: string
          learner_name: string
          revoked: boolean
          revoked_at: string
        }[]
      }
      webinar_insight: {
        Args: Record<PropertyKey, never>
        Returns: {
          cpd_minutes_awarded: number
          series: string
          title: string
          viewers: number
          watched: number
          webinar_id: string
        }[]
      }
    }
    Enums: {
      app_role:
        | "learner"
        | "pharmacist"
        | "champion"
        | "educator"
        | "admin"
        | "network_lead"
      booking_status: "confirmed" | "waitlisted" | "cancelled"
      cpd_kind: "Participatory" | "Self-directed"
      nhs_trust:
        | "South London and Maudsley"
        | "King's College Hospital"
        | "Guy's and St Thomas'"
      registration_body: "NMC" | "GMC" | "GPhC" | "HCPC" | "other"
      resource_audience:
        | "Everyone"
        | "Nurses"
        | "Doctors"
        | "Allied health professionals"
        | "Pharmacists"
        | "Healthcare assistants"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      app_role: [
        "learner",
        "pharmacist",
        "champion",
        "educator",
        "admin",
        "network_lead",
      ],
      booking_status: ["confirmed", "waitlisted", "cancelled"],
      cpd_kind: ["Participatory", "Self-directed"],
      nhs_trust: [
        "South London and Maudsley",
        "King's College Hospital",
        "Guy's and St Thomas'",
      ],
      registration_body: ["NMC", "GMC", "GPhC", "HCPC", "other"],
      resource_audience: [
        "Everyone",
        "Nurses",
        "Doctors",
        "Allied health professionals",
        "Pharmacists",
        "Healthcare assistants",
      ],
    },
  },
} as const

